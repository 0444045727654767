// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lessonScore } from './scoring';

describe('lesson scoring', () => {
	it('is the share of activities answered, skipped ones left out', () => {
		expect(
			lessonScore([
				{ score: 1, skipped: false },
				{ score: 0.5, skipped: false },
				{ score: null, skipped: true },
				{ score: 0, skipped: false }
			])
		).toBe(0.75);
	});
	it('does not take mistakes away: everything answered, however it went, is 1', () => {
		expect(
			lessonScore([
				{ score: 0, skipped: false },
				{ score: 0.2, skipped: false }
			])
		).toBe(1);
	});
	it('gives 0 when everything was skipped, and 1 when no activity was met', () => {
		expect(lessonScore([{ score: null, skipped: true }])).toBe(0);
		expect(lessonScore([])).toBe(1);
	});
});
