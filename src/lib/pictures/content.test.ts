// @vitest-environment node
// The course's own lessons: which bands are illustrated, and whether every screen a young
// child meets carries a picture. The lessons not yet illustrated are listed in ./illustrated.ts.
import { describe, expect, it } from 'vitest';
import { loadContent } from '$lib/content/load';
import type { Lesson } from '$lib/content/types';
import { ILLUSTRATED_ANSWERS, ILLUSTRATED_STEPS, NOT_YET_ILLUSTRATED } from './illustrated';

const set = loadContent({ root: process.cwd() });

const inScope = (bands: string[]) =>
	set.lessons.filter((l) => bands.includes(l.band) && !NOT_YET_ILLUSTRATED.includes(l.id));

function gaps(lesson: Lesson, answers: boolean): string[] {
	const out: string[] = [];
	for (const s of lesson.screens) {
		if (s.kind === 'step') {
			if (!s.image && !s.body.html.includes('<img class="pic"')) out.push(`step "${s.title}"`);
			continue;
		}
		if (!answers) continue;
		const a = s.activity;
		if (a.type === 'choice')
			for (const o of a.options)
				if (!o.label.html.includes('<img')) out.push(`option "${o.label.text}"`);
		if (a.type === 'sort') {
			for (const c of a.cards) if (!c.picture) out.push(`card "${c.text}"`);
			for (const b of a.bins) if (!a.binPictures?.[b]) out.push(`bin "${b}"`);
		}
		if (a.type === 'chat' && !a.contactPicture) out.push(`chat contact "${a.contact}"`);
	}
	return out.map((g) => `${lesson.path}: ${g}`);
}

describe('pictures in the course', () => {
	it('loads with no picture error', () => {
		expect(set.errors.filter((e) => e.message.includes('hình'))).toEqual([]);
	});

	it('shows a picture on every step screen of 6-8 and 9-10', () => {
		expect(inScope(ILLUSTRATED_STEPS).flatMap((l) => gaps(l, false))).toEqual([]);
	});

	it('gives every 6-8 option, card, bin and chat contact a picture', () => {
		expect(inScope(ILLUSTRATED_ANSWERS).flatMap((l) => gaps(l, true))).toEqual([]);
	});

	it('draws each chat contact with the same portrait in every lesson', () => {
		const portraits = new Map<string, Set<string>>();
		for (const l of set.lessons)
			for (const s of l.screens)
				if (s.kind === 'activity' && s.activity.type === 'chat' && s.activity.contactPicture) {
					const seen = portraits.get(s.activity.contact) ?? new Set();
					seen.add(s.activity.contactPicture.src);
					portraits.set(s.activity.contact, seen);
				}
		expect(portraits.size).toBeGreaterThan(0);
		for (const [contact, srcs] of portraits) expect([contact, srcs.size]).toEqual([contact, 1]);
	});

	it('gives teens pictures where they help: every settings screen, at least two per lesson', () => {
		const teen = set.lessons.filter((l) => l.band === '11-14' || l.band === '15-17');
		expect(teen.length).toBeGreaterThanOrEqual(18);
		const pictures = (l: Lesson) =>
			(JSON.stringify(l.screens).match(/class=\\"pic\b/g) ?? []).length;
		const few = teen.filter((l) => pictures(l) < 2).map((l) => `${l.path}: ${pictures(l)}`);
		expect(few).toEqual([]);
		const bare = teen.flatMap((l) =>
			l.screens
				.filter(
					(s) =>
						s.kind === 'activity' &&
						s.activity.type === 'settings' &&
						!s.activity.prompt.html.includes('<img class="pic"')
				)
				.map(() => `${l.path}: settings screen without a picture`)
		);
		expect(bare).toEqual([]);
	});

	it('never shows teens a picture made for small children', () => {
		// Icons of babies, toys and cartoon creatures: fine at 6, babyish at 14.
		const babyish =
			/\/hinh\/(baby|teddy-bear|toy|unicorn|balloon|lollipop|candy|cat-face|dog-face)[a-z-]*\.svg/;
		const found = set.lessons
			.filter((l) => l.band === '11-14' || l.band === '15-17')
			.filter((l) => babyish.test(JSON.stringify(l.screens)))
			.map((l) => l.path);
		expect(found).toEqual([]);
	});
});
