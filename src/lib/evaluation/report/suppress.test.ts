// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suppress, type Line } from './suppress';

/** A table r x c with row totals, column totals and a grand total, as lines. */
function grid(rows: number[][]) {
	const values = new Map<string, number>();
	const lines: Line[] = [];
	rows.forEach((row, r) => {
		row.forEach((n, c) => values.set(`${r},${c}`, n));
		values.set(
			`${r},=`,
			row.reduce((a, b) => a + b, 0)
		);
		lines.push({ total: `${r},=`, members: row.map((_, c) => `${r},${c}`) });
	});
	rows[0].forEach((_, c) => {
		values.set(
			`=,${c}`,
			rows.reduce((a, row) => a + row[c], 0)
		);
		lines.push({ total: `=,${c}`, members: rows.map((_, r) => `${r},${c}`) });
	});
	values.set(
		'=,=',
		[...values].filter(([k]) => k.endsWith(',=')).reduce((a, [, n]) => a + n, 0)
	);
	lines.push({ total: '=,=', members: rows.map((_, r) => `${r},=`) });
	lines.push({ total: '=,=', members: rows[0].map((_, c) => `=,${c}`) });
	return { values, lines };
}

/** No hidden cell can be worked out: every line with a shown total hides 0 or >= 2 cells. */
function safe(lines: Line[], hidden: Set<string>) {
	return lines.every(
		(l) => hidden.has(l.total) || l.members.filter((m) => hidden.has(m)).length !== 1
	);
}

describe('suppression', () => {
	it('hides cells of 1-4 children and shows 0 and 5', () => {
		const { values, lines } = grid([
			[0, 5, 6],
			[7, 8, 9]
		]);
		expect([...suppress(values, lines).hidden]).toEqual([]);
		values.set('1,1', 4);
		expect(suppress(values, lines).reason.get('1,1')).toBe('primary');
	});

	it('hides the next smallest cell of a row with exactly one hidden (secondary)', () => {
		const { values, lines } = grid([
			[3, 12, 20],
			[10, 11, 30]
		]);
		const { hidden, reason } = suppress(values, lines);
		expect(reason.get('0,0')).toBe('primary');
		// Row 0: 3 hidden, next smallest 12 goes; column 0: 3 hidden, 10 goes; then column 1
		// has 12 hidden alone: 11 goes; row 1 then hides 10 and 11: two, safe.
		expect(reason.get('0,1')).toBe('secondary');
		expect(reason.get('1,0')).toBe('secondary');
		expect(reason.get('1,1')).toBe('secondary');
		expect(hidden.has('0,2')).toBe(false);
		expect(safe(lines, hidden)).toBe(true);
	});

	it('leaves no line with a single hidden cell on many tables', () => {
		let seed = 7;
		const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		for (let t = 0; t < 300; t++) {
			const rows = Array.from({ length: 1 + Math.floor(rnd() * 5) }, () =>
				Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => Math.floor(rnd() * 14))
			);
			const { values, lines } = grid(rows);
			const { hidden } = suppress(values, lines);
			expect(safe(lines, hidden)).toBe(true);
			for (const [k, n] of values) if (n > 0 && n < 5) expect(hidden.has(k)).toBe(true);
		}
	});

	it('hides the total when nothing else in its line could cover the cell', () => {
		const values = new Map([
			['a', 3],
			['b', 0],
			['t', 3]
		]);
		// a alone beside a 0: only hiding the total protects it (t is hidden as < 5 anyway);
		// with a shown total the rule still never picks the 0.
		const { hidden } = suppress(values, [{ total: 't', members: ['a', 'b'] }]);
		expect(hidden.has('t')).toBe(true);
		expect(hidden.has('b')).toBe(false);
		const wide = new Map([
			['a', 3],
			['b', 0],
			['t', 9],
			['s', 6]
		]);
		const r = suppress(wide, [{ total: 't', members: ['a', 'b', 's'] }]);
		expect([...r.hidden].sort()).toEqual(['a', 's']);
	});
});
