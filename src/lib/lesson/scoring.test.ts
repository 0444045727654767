// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lessonScore } from './scoring';

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
	it('gives 0 when everything was skipped', () => {
		expect(lessonScore([{ score: null, skipped: true }])).toBe(0);
	});
	it('counts a first-try miss', () => {
		expect(
			lessonScore([
				{ score: 0, skipped: false },
				{ score: 1, skipped: false }
			])
		).toBe(0.5);
	});
});
