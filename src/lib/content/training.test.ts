// @vitest-environment node
// Adults' practice modules (issue 24): they go through the lesson parser, errors name the
// module's own file and line, and every law they cite is one the facts file holds.
import { describe, expect, it } from 'vitest';
import { loadContent } from './load';
import { parseTrainingModule } from './training';
import { FACTS_SECONDARY, LAWS } from '../facts';
import { KIT } from '../training/kit';
import { QUIZ } from '../training/quiz';

const set = loadContent({ root: process.cwd() });
const text = (m: (typeof set.training)[number]) =>
	JSON.stringify([m.title, m.summary, m.objectives, m.keyMessages, m.screens, m.discuss, m.facilitator]);

describe('training modules', () => {
	it('load without errors, as their own collection', () => {
		expect(set.errors).toEqual([]);
		const ids = set.training.map((m) => m.id);
		expect(ids.length).toBeGreaterThanOrEqual(6);
		expect(set.lessons.some((l) => ids.includes(l.id))).toBe(false);
		expect(new Set(set.training.map((m) => m.audience))).toEqual(new Set(['thay-co', 'phu-huynh']));
	});

	it('give every disclosure chat a door-closing ending, with feedback', () => {
		const chats = set.training.flatMap((m) =>
			m.screens.flatMap((s) => (s.kind === 'activity' && s.activity.type === 'chat' ? [s.activity] : []))
		);
		expect(chats.length).toBeGreaterThanOrEqual(5);
		for (const c of chats) {
			const ends = Object.values(c.nodes).filter((n) => n.end);
			expect(ends.some((n) => !n.end!.safe && n.end!.feedback.text.length > 80)).toBe(true);
			expect(ends.some((n) => n.end!.safe)).toBe(true);
		}
	});

	it('report a broken module under its own path and line', () => {
		const src = [
			'---',
			'id: th-x',
			'title: X',
			'band: 15-17',
			'audience: phu-huynh',
			'summary: x',
			'objectives: [a]',
			'topics: [law]',
			'platforms: []',
			'duration: 5',
			'keyMessages: [a, b]',
			'---',
			'::: step A',
			'x',
			':::',
			'::: choice',
			'Q?',
			'- [ ] a',
			'- [x] b',
			'  > ok',
			':::',
			'::: facilitator',
			'x',
			':::'
		].join('\n');
		const path = 'content/tap-huan/thay-co/09-x.md';
		const { module, errors } = parseTrainingModule(src, { path, base: '' });
		expect(module).toBeNull();
		expect(errors.every((e) => e.path === path)).toBe(true);
		expect(errors.map((e) => e.line)).toEqual([18]); // the option without feedback
		const fixed = src.replace('- [ ] a', '- [ ] a\n  > not this one');
		const wrongFolder = parseTrainingModule(fixed, { path, base: '' });
		expect(wrongFolder.errors.map((e) => `${e.path}:${e.line}: ${e.message}`)).toEqual([
			`${path}:5: audience "phu-huynh" không khớp thư mục "thay-co" (audience does not match folder)`
		]);
		const ok = parseTrainingModule(fixed, { path: 'content/tap-huan/phu-huynh/09-x.md', base: '' });
		expect(ok.module?.path).toBe('content/tap-huan/phu-huynh/09-x.md');
		expect(ok.module?.audience).toBe('phu-huynh');
		expect(parseTrainingModule(src, { path: 'content/tap-huan/khac/01-x.md', base: '' }).errors[0].message).toMatch(
			/bad file name/
		);
	});

	it('cite only laws and articles the facts file holds', () => {
		const penal = [...LAWS.penalCode.articles, ...FACTS_SECONDARY.penalCodeUnder18].map((a) => a.article);
		const d56 = [FACTS_SECONDARY.reportingDuty.article, 26, 31, ...LAWS.decree56.hotlineArticles];
		// Each law name the modules may use, and the articles of it the facts file states.
		const allowed: [RegExp, number[]][] = [
			[/^Luật Trẻ em/, [1, 4, ...Object.values(LAWS.childrenLaw.articles).filter((a) => typeof a === 'number'), 54]],
			[/^Nghị định 56\/2017\/NĐ-CP/, d56],
			[/^Nghị định 147\/2024\/NĐ-CP/, []],
			[/^Bộ luật Hình sự/, penal],
			[/^Bộ luật Dân sự 2015/, [FACTS_SECONDARY.civilCode.article]]
		];
		expect(FACTS_SECONDARY.reportingDuty.emergencyArticles).toEqual(['26(3)', '31']);
		const all = [...set.training.map(text), JSON.stringify(KIT), JSON.stringify(QUIZ)]
			.join('\n')
			.replace(/\\n/g, ' ');
		// Every law named (Luật, Nghị định, Bộ luật) is one of the known ones.
		for (const m of all.matchAll(/(Luật [A-ZĐ][^\s,.;:)]*(?: [a-zà-ỹ]+)?|Nghị định [^\s,.;:)]+|Bộ luật [^\s,.;:)]+(?: [^\s,.;:)]+)?)/g)) {
			const name = m[1];
			expect(
				allowed.some(([re]) => re.test(name)) || /^Luật Trẻ em|^Bộ luật (Hình|Dân) sự/.test(name),
				name
			).toBe(true);
		}
		// Every "Điều N" (or "Điều N, M", "Điều N và M") belongs to the law named next after it
		// (within 80 characters), or else to the one named just before it: that law holds N.
		const names = allowed.flatMap(([re, arts]) =>
			[...all.matchAll(new RegExp(re.source.slice(1), 'g'))].map((m) => ({ at: m.index, arts }))
		);
		let count = 0;
		for (const m of all.matchAll(/Điều ((?:\d+(?:, | và (?:Điều )?)?)+)/g)) {
			const numbers = m[1].split(/, | và (?:Điều )?/).filter(Boolean).map(Number);
			const end = m.index + m[0].length;
			const after = names.filter((n) => n.at >= end && n.at - end <= 80).sort((x, y) => x.at - y.at)[0];
			const before = names.filter((n) => n.at < m.index && m.index - n.at <= 80).sort((x, y) => y.at - x.at)[0];
			const law = after ?? before;
			expect(law, all.slice(m.index - 60, end + 60)).toBeDefined();
			for (const n of numbers) expect(law!.arts, all.slice(m.index - 60, end + 60)).toContain(n);
			count++;
		}
		expect(count).toBeGreaterThan(20);
		expect(all).not.toMatch(/Điều 170|phạt tù|năm tù|tử hình/);
	});
});
