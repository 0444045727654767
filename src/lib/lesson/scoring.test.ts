// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lessonScore, starsFor } from './scoring';

describe('lesson scoring', () => {
	it('averages answered activities and ignores skipped ones', () => {
		expect(
			lessonScore([
				{ score: 1, skipped: false },
				{ score: 0.5, skipped: false },
				{ score: null, skipped: true }
			])
		).toBe(0.75);
	});
	it('gives 0 when everything was skipped, which still earns one star', () => {
		const score = lessonScore([{ score: null, skipped: true }]);
		expect(score).toBe(0);
		expect(starsFor(score)).toBe(1);
	});
	it('maps scores to 1-3 stars', () => {
		expect(starsFor(1)).toBe(3);
		expect(starsFor(0.85)).toBe(3);
		expect(starsFor(0.6)).toBe(2);
		expect(starsFor(0.49)).toBe(1);
	});
});
