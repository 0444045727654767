// @vitest-environment node
import { describe, expect, it } from 'vitest';
import help from '$lib/i18n/locales/vi/help.json';
import { loadContent } from '$lib/content/load';
import { BANDS } from '$lib/content/bands';
import { buildCards } from './cards';
import {
	backToSchoolWeek,
	defaultSchoolStart,
	nextMonday,
	parseDate,
	planCsv,
	postingPlan,
	WEEKS
} from './calendar';

const cards = buildCards(loadContent({ root: process.cwd() }).lessons, help);

describe('posting plan', () => {
	it('has 12 weeks, one card each, bands taking turns, no card or lesson twice', () => {
		const plan = postingPlan(cards, '2026-12-07', '2027-09-05');
		expect(plan).toHaveLength(WEEKS);
		expect(plan.map((w) => w.date).slice(0, 3)).toEqual(['2026-12-07', '2026-12-14', '2026-12-21']);
		expect(new Set(plan.map((w) => w.card.id)).size).toBe(WEEKS);
		expect(new Set(plan.map((w) => w.card.lessonTitle)).size).toBe(WEEKS);
		const regular = plan.filter((w) => w.kind === 'regular');
		expect(regular.slice(0, 4).map((w) => w.card.band)).toEqual([...BANDS]);
		// Topics rotate: no first topic more than twice.
		const topics = plan.map((w) => w.card.topic);
		for (const t of topics) expect(topics.filter((x) => x === t).length).toBeLessThanOrEqual(2);
	});

	it('has a parents week, and no school week when 5 September is far away', () => {
		const plan = postingPlan(cards, '2026-12-07', '2027-09-05');
		expect(plan[5]).toMatchObject({ kind: 'parents', audience: 'parents' });
		expect(plan.some((w) => w.kind === 'back-to-school')).toBe(false);
	});

	it('puts the 111 card on the week before school starts', () => {
		// Plan from Monday 6 July 2026; school on Saturday 5 September 2026.
		expect(backToSchoolWeek('2026-07-06', '2026-09-05')).toBe(8);
		const plan = postingPlan(cards, '2026-07-06', '2026-09-05');
		expect(plan[7]).toMatchObject({ kind: 'back-to-school', date: '2026-08-24' });
		expect(plan[7].card.id).toBe('tro-giup-111');
		expect(backToSchoolWeek('2026-07-06', '2027-09-05')).toBeNull();
	});

	it('defaults to the next Monday and the next 5 September', () => {
		expect(nextMonday(parseDate('2026-12-02')).toISOString().slice(0, 10)).toBe('2026-12-07');
		expect(nextMonday(parseDate('2026-12-07')).toISOString().slice(0, 10)).toBe('2026-12-07');
		expect(defaultSchoolStart(parseDate('2026-12-02'))).toBe('2027-09-05');
		expect(defaultSchoolStart(parseDate('2026-06-01'))).toBe('2026-09-05');
	});
});

describe('planCsv', () => {
	it('starts with a BOM, keeps Vietnamese, quotes multi-line captions', () => {
		const csv = planCsv(postingPlan(cards, '2026-07-06', '2026-09-05'));
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.slice(1).startsWith('Tuần,Ngày đăng,')).toBe(true);
		expect(csv).toContain('Tuần trước khi vào năm học');
		expect(csv).toContain('06/07/2026');
		// 12 rows + header; a caption spans lines, inside quotes.
		const records = csv.slice(1).match(/^\d+,\d\d\/\d\d\/\d{4},/gm) ?? [];
		expect(records).toHaveLength(WEEKS);
		expect(csv).toMatch(/,"[^"]*\n\n[^"]*#KhienNho/);
		const utf8 = new TextEncoder().encode(csv);
		expect([...utf8.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});
});
