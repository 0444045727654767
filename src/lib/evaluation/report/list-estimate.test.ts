// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { armStats, listEstimate } from './list-estimate';

const counts = (o: Record<string, number>) => new Map(Object.entries(o));

describe('list experiment estimate', () => {
	it('is the difference of means with SE sqrt(var_l/n_l + var_s/n_s)', () => {
		// short: 1,1,2,2 (mean 1.5, var 1/3); long: 1,2,3,3,3 (mean 2.4, var 0.8)
		const short = counts({ '1': 2, '2': 2, skip: 3 });
		const long = counts({ '1': 1, '2': 1, '3': 3 });
		expect(armStats(short)).toEqual({ n: 4, mean: 1.5, variance: expect.closeTo(1 / 3, 10) });
		const e = listEstimate(short, long)!;
		expect(e.estimate).toBeCloseTo(0.9, 10);
		expect(e.se).toBeCloseTo(Math.sqrt(0.8 / 5 + 1 / 3 / 4), 10);
		expect(e.low).toBeCloseTo(0.9 - 1.96 * e.se, 10);
	});
	it('gives nothing when an arm is empty, and no variance from one child', () => {
		expect(listEstimate(counts({ '2': 3 }), counts({ skip: 2 }))).toBeNull();
		expect(armStats(counts({ '3': 1 })).variance).toBe(0);
	});
});
