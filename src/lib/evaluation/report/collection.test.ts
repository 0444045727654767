// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planImport, type Kept } from './collection';

const row = (round: string, revision: number, checksum = `c${revision}`): Kept => ({
	round,
	revision,
	checksum
});
const incoming = (...rows: Kept[]) => rows.map((r, i) => ({ name: `f${i}.json`, row: r }));

describe('import plan', () => {
	it('adds new rounds and counts the same file once, in one batch too', () => {
		const plan = planImport(new Map(), incoming(row('a', 1), row('b', 1), row('a', 1)));
		expect(plan.outcomes.map((o) => o.status)).toEqual(['added', 'added', 'same']);
		expect(plan.put.map((r) => r.round)).toEqual(['a', 'b']);
	});
	it('keeps the highest revision whatever the order', () => {
		const up = planImport(new Map(), incoming(row('a', 1), row('a', 3)));
		expect(up.outcomes.map((o) => o.status)).toEqual(['added', 'replaced']);
		expect(up.put).toEqual([row('a', 3)]);
		const down = planImport(new Map(), incoming(row('a', 3), row('a', 1)));
		expect(down.outcomes.map((o) => o.status)).toEqual(['added', 'older']);
		expect(down.put).toEqual([row('a', 3)]);
		const kept = planImport(new Map([['a', row('a', 2)]]), incoming(row('a', 1)));
		expect(kept).toEqual({ outcomes: [expect.objectContaining({ status: 'older' })], put: [] });
	});
	it('refuses another file under the same round and revision, and writes nothing for it', () => {
		const plan = planImport(new Map([['a', row('a', 2)]]), incoming(row('a', 2, 'other')));
		expect(plan.outcomes[0]).toMatchObject({ status: 'refused', kind: 'conflict' });
		expect(plan.put).toEqual([]);
	});
	it('passes refused files through', () => {
		const refused = {
			name: 'x.json',
			status: 'refused' as const,
			kind: 'empty' as const,
			message: 'Tệp trống'
		};
		const plan = planImport(new Map(), [{ name: 'x.json', refused }]);
		expect(plan).toEqual({ outcomes: [refused], put: [] });
	});
});
