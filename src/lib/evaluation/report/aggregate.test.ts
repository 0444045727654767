// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FIXTURE_CODEBOOK, fixtureClass } from '../fixtures';
import { buildSummary, type SummaryCount, type Wave } from '../summary';
import { ALL, buildReport } from './aggregate';
import { makeCodebook, type CodebookLeaf } from './codebook';
import { mergeSummaries } from './merge';

const codebook = makeCodebook(FIXTURE_CODEBOOK);

/** A hand-made file: `per` children on each form of each wave, and the counts given. */
function file(
	label: string,
	round: string,
	per: Partial<Record<Wave, [number, number]>>,
	counts: SummaryCount[],
	instruments = { 'dg-11-14-a': 1, 'dg-11-14-b': 1, 'dg-11-14-chung': 1 }
) {
	return buildSummary({
		round,
		revision: 1,
		exported: '2026-11-20',
		group: { label, band: '11-14' },
		instruments,
		takers: Object.entries(per).flatMap(([wave, [a, b]]) => [
			{ wave: wave as Wave, form: 'A' as const, n: a },
			{ wave: wave as Wave, form: 'B' as const, n: b }
		]),
		counts,
		sessions: [{ date: '2026-11-18', minutes: 35, lessons: ['11-14/02-du-do'], children: 12 }]
	});
}
const c = (
	leaf: string,
	wave: Wave,
	form: 'A' | 'B',
	option: string,
	n: number,
	arm?: 'short' | 'long'
): SummaryCount => (arm ? { leaf, wave, form, arm, option, n } : { leaf, wave, form, option, n });

describe('aggregation', () => {
	it('gives the share of scored leaves right per objective and per item, A and B together', async () => {
		const f = await file('7A', 'aaaaaaa1', { pre: [6, 6], post: [6, 6] }, [
			c('dg-11-14-a.1', 'pre', 'A', 'o2', 3),
			c('dg-11-14-a.1', 'pre', 'A', 'o1', 3),
			c('dg-11-14-b.1', 'pre', 'B', 'o2', 3),
			c('dg-11-14-a.3.1', 'pre', 'A', 'b1', 6),
			c('dg-11-14-b.3.1', 'pre', 'B', 'b2', 6),
			c('dg-11-14-a.1', 'post', 'A', 'o2', 6),
			c('dg-11-14-b.1', 'post', 'B', 'o2', 6),
			c('dg-11-14-a.3.1', 'post', 'A', 'b1', 6),
			c('dg-11-14-b.3.1', 'post', 'B', 'b1', 6),
			c('dg-11-14-a.3.2', 'post', 'A', 'b2', 6),
			c('dg-11-14-b.3.2', 'post', 'B', 'b2', 6)
		]);
		const [sec] = buildReport(mergeSummaries([f]), codebook);
		expect(sec.waves).toEqual(['pre', 'post']);
		const g = sec.groups.find((x) => x.label === '7A')!;
		const duDo = g.objectives.find((o) => o.code === 'du-do')!;
		expect(duDo.leaves).toBe(3);
		// pre: 3 + 3 + 6 right out of 3 leaves x 12 children; post: all 36
		expect(duDo.pct.pre).toBeCloseTo(12 / 36);
		expect(duDo.pct.post).toBe(1);
		expect(g.objectives.find((o) => o.code === 'xin-anh')!.pct.post).toBe(0);
		const item1 = g.items.find((i) => i.position === '1')!;
		expect(item1.pct.pre).toBeCloseTo(6 / 12);
		expect(item1).toMatchObject({ objective: 'du-do', kind: 'choice', textA: 'Câu dg-11-14-a.1' });
		expect(g.children).toEqual({ pre: 12, post: 12 });
		// One group: the all-groups view says the same.
		expect(sec.groups[0].key).toBe(ALL);
		expect(sec.groups[0].objectives).toEqual(g.objectives);
	});

	it('adds files up per group label, and all groups together', async () => {
		const one = await fixtureClass({ round: 'aaaaaaa1', label: '7A', children: 20, seed: 1 });
		const two = await fixtureClass({ round: 'aaaaaaa2', label: '7A', children: 10, seed: 2 });
		const other = await fixtureClass({ round: 'bbbbbbb1', label: '8C', children: 16, seed: 3 });
		const [sec] = buildReport(mergeSummaries([one, two, other]), codebook);
		expect(sec.groups.map((g) => g.label)).toEqual([null, '7A', '8C']);
		expect(sec.groups[1]).toMatchObject({ files: 2, children: { pre: 30, post: 30 } });
		expect(sec.groups[0]).toMatchObject({
			files: 3,
			sessions: 3,
			minutes: 120,
			children: { pre: 46 }
		});
		// The fixture's classes get better after the lessons.
		for (const g of sec.groups)
			for (const o of g.objectives) expect(o.pct.post!).toBeGreaterThan(o.pct.pre!);
	});

	it('never pools two versions of an instrument', async () => {
		const v1 = await fixtureClass({ round: 'aaaaaaa1', children: 10 });
		const v2leaves: CodebookLeaf[] = FIXTURE_CODEBOOK.filter(
			(l) => l.instrument === 'dg-11-14-a'
		).map((l) => ({ ...l, version: 2 }));
		const cb = makeCodebook([...FIXTURE_CODEBOOK, ...v2leaves]);
		const v2 = await file(
			'7A',
			'aaaaaaa2',
			{ pre: [6, 0] },
			[c('dg-11-14-a.1', 'pre', 'A', 'o2', 6)],
			{
				'dg-11-14-a': 2,
				'dg-11-14-b': 1,
				'dg-11-14-chung': 1
			}
		);
		const secs = buildReport(mergeSummaries([v1, v2]), cb);
		expect(secs).toHaveLength(2);
		expect(secs.map((s) => s.instruments['dg-11-14-a']).sort()).toEqual([1, 2]);
	});

	it('hides a group under 5 and whatever would give it away', async () => {
		const small = await fixtureClass({ round: 'sssssss1', label: 'Nhóm nhỏ', children: 3 });
		const big = await fixtureClass({ round: 'bbbbbbb1', label: 'Lớp 7A', children: 20, seed: 4 });
		const mid = await fixtureClass({ round: 'mmmmmmm1', label: 'Lớp 8B', children: 14, seed: 5 });
		const [sec] = buildReport(mergeSummaries([small, big, mid]), codebook);
		const row = sec.takers.rows.find((r) => r.label === 'Nhóm nhỏ')!;
		expect(row.cells.every((x) => x === null)).toBe(true);
		expect(row.totals).toEqual({ pre: null, post: null });
		const g = sec.groups.find((x) => x.label === 'Nhóm nhỏ')!;
		expect(g.children).toEqual({ pre: null, post: null });
		expect(g.objectives.every((o) => o.pct.pre === null && o.pct.post === null)).toBe(true);
		expect(g.worry!.dist.pre).toBeNull();
		// Column "pre A" over the groups has a shown total: the next smallest (8B's 7) goes too.
		const col = sec.takers.columns.findIndex((x) => x.wave === 'pre' && x.key === 'A');
		expect(sec.takers.rows.find((r) => r.label === 'Lớp 8B')!.cells[col]).toBeNull();
		expect(sec.takers.rows.find((r) => r.label === 'Lớp 7A')!.cells[col]).toBe(10);
		expect(sec.takers.rows.find((r) => r.label === null)!.totals.pre).toBe(37);
		// No line with a shown total has exactly one hidden cell.
		for (const r of sec.takers.rows)
			for (const w of sec.waves) {
				const cells = sec.takers.columns.map((x, i) => (x.wave === w ? r.cells[i] : 0));
				if (r.totals[w] !== null) expect(cells.filter((x) => x === null).length).not.toBe(1);
			}
		sec.takers.columns.forEach((_, i) => {
			const all = sec.takers.rows.find((r) => r.label === null)!.cells[i];
			const col = sec.takers.rows.filter((r) => r.label !== null).map((r) => r.cells[i]);
			if (all !== null) expect(col.filter((x) => x === null).length).not.toBe(1);
		});
	});

	it('gives worry and confidence as shares, and the list estimate per wave', async () => {
		const f = await fixtureClass({
			round: 'aaaaaaa1',
			children: 40,
			waves: ['pre', 'post', 'delayed']
		});
		const [sec] = buildReport(mergeSummaries([f]), codebook);
		const g = sec.groups[0];
		for (const w of sec.waves) {
			const d = g.worry!.dist[w]!;
			expect(d.n).toBe(40);
			expect(Object.values(d.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
		}
		expect(g.confidence.map((x) => x.id)).toEqual(['dg-11-14-chung.c1', 'dg-11-14-chung.c2']);
		const pre = g.list!.pre!;
		expect(pre.short.n + pre.long.n).toBeLessThanOrEqual(40);
		expect(pre.estimate).toBeCloseTo(pre.long.mean - pre.short.mean);
		expect(pre.se).toBeGreaterThan(0);
		expect(sec.listArms!.rows[0].totals.pre).toBeGreaterThan(30);
	});

	it('leaves the list estimate out when an arm is under 5', async () => {
		const f = await file('7A', 'aaaaaaa1', { pre: [5, 5] }, [
			c('dg-11-14-chung.l', 'pre', 'A', '2', 5, 'short'),
			c('dg-11-14-chung.l', 'pre', 'B', '3', 3, 'long')
		]);
		const [sec] = buildReport(mergeSummaries([f]), codebook);
		expect(sec.groups[0].list).toEqual({ pre: null });
		expect(sec.groups[0].children.pre).toBe(10);
	});
});
