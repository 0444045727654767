// @vitest-environment node
// The curriculum's promises (issues "Curriculum for primary/secondary school"): enough
// lessons per band, every required topic, and the activity mix each band needs.
import { describe, expect, it } from 'vitest';
import { loadContent } from './load';
import type { Band, Topic, ActivityType } from './vocab';
import { FACTS_SECONDARY, LAWS } from '../facts';

const set = loadContent({ root: process.cwd() });

const REQUIRED: Record<Band, { topics: Topic[]; min: Partial<Record<ActivityType, number>> }> = {
	'6-8': {
		topics: ['body-safety', 'secrets', 'trusted-adults', 'personal-info', 'strangers', 'image-requests', 'reporting', 'kindness'],
		min: { chat: 2, redflag: 2, sort: 2 }
	},
	'9-10': {
		topics: ['games', 'online-friends', 'personal-info', 'passwords', 'image-requests', 'grooming', 'reporting', 'trusted-adults', 'kindness', 'cyberbullying', 'helping-friends'],
		min: { chat: 2, redflag: 2, sort: 2 }
	},
	'11-14': {
		topics: ['kindness', 'personal-info', 'digital-footprint', 'privacy-settings', 'strangers', 'grooming', 'image-requests', 'sextortion', 'reporting', 'helping-friends', 'trusted-adults'],
		min: { chat: 2, redflag: 2, settings: 2, sort: 2 }
	},
	'15-17': {
		topics: ['sextortion', 'image-requests', 'law', 'consent', 'digital-footprint', 'privacy-settings', 'reporting', 'scams', 'helping-friends', 'trusted-adults'],
		min: { chat: 2, redflag: 2, settings: 2, sort: 2 }
	}
};

describe('curriculum', () => {
	it('builds without errors', () => {
		expect(set.errors).toEqual([]);
	});

	describe.each(Object.entries(REQUIRED) as [Band, (typeof REQUIRED)[Band]][])('band %s', (band, req) => {
		const lessons = set.lessons.filter((l) => l.band === band);
		it('has at least 6 lessons', () => {
			expect(lessons.length).toBeGreaterThanOrEqual(6);
		});
		it('covers every required topic', () => {
			const topics = new Set(lessons.flatMap((l) => l.topics));
			expect(req.topics.filter((t) => !topics.has(t))).toEqual([]);
		});
		it('has the activity mix', () => {
			const counts: Partial<Record<ActivityType, number>> = {};
			for (const l of lessons)
				for (const [type, n] of Object.entries(l.activityCounts))
					counts[type as ActivityType] = (counts[type as ActivityType] ?? 0) + n;
			for (const [type, min] of Object.entries(req.min))
				expect(counts[type as ActivityType] ?? 0, type).toBeGreaterThanOrEqual(min);
		});
		it('gives every lesson 4-8 steps, at least 4 activities, 2-3 key messages and parents note', () => {
			for (const l of lessons) {
				const activities = l.screens.filter((s) => s.kind === 'activity').length;
				expect(l.stepCount, l.path).toBeGreaterThanOrEqual(4);
				expect(l.stepCount, l.path).toBeLessThanOrEqual(8);
				expect(activities, l.path).toBeGreaterThanOrEqual(4);
				expect(l.keyMessages.length, l.path).toBeGreaterThanOrEqual(2);
				expect(l.parents?.text.length ?? 0, l.path).toBeGreaterThan(50);
				expect(l.discuss.length, l.path).toBeGreaterThan(0);
			}
		});
		it('plans every group session with a disclosure protocol', () => {
			for (const l of lessons) {
				expect(l.facilitator.text, l.path).toMatch(/111/);
				expect(l.facilitator.html, l.path).toMatch(/<h3>Nếu một em kể chuyện đã xảy ra với mình<\/h3>/);
			}
		});
		it('leads every lesson to help: not your fault, a trusted adult, 111', () => {
			for (const l of lessons) {
				const all = JSON.stringify(l.screens);
				expect(all, l.path).toMatch(/111/);
			}
		});
	});

	it('states no phone number other than the checked hotlines', () => {
		const text = JSON.stringify(set.lessons) + JSON.stringify(set.guides);
		const numbers = new Set([...text.matchAll(/(?:gọi|số|tổng đài)\s+(\d{3,})(?![\d/.])/gi)].map((m) => m[1]));
		for (const n of numbers) expect(['111', '113', '114', '115']).toContain(n);
	});

	it('cites only the Penal Code articles in the checked facts', () => {
		const text = JSON.stringify(set.lessons) + JSON.stringify(set.guides);
		const cited = [...text.matchAll(/Điều\s+(\d+)[^\n]{0,40}?(Bộ luật Hình sự|BLHS)/g)].map((m) => Number(m[1]));
		// The allowed list follows facts.ts: the under-16 crimes and the under-18 ones (141, 143).
		const allowed = [...LAWS.penalCode.articles, ...FACTS_SECONDARY.penalCodeUnder18].map((a) => a.article);
		expect(allowed).toEqual([142, 144, 145, 146, 147, 141, 143]);
		for (const a of cited) expect(allowed).toContain(a);
		expect(text).not.toMatch(/Điều 170/);
	});
});
