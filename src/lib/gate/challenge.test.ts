// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
	checkAnswer,
	enNumber,
	makeChallenge,
	RANGE_A,
	RANGE_B,
	sumInWords,
	viNumber
} from './challenge';

/** A fixed sequence of "random" numbers in [0, 1). */
const seq = (...values: number[]) => {
	let i = 0;
	return () => values[i++ % values.length];
};

describe('numbers in words', () => {
	it('reads Vietnamese numbers as they are said', () => {
		expect([0, 5, 10, 11, 14, 15, 20, 21, 24, 25, 31, 45, 49, 55, 70, 99].map(viNumber)).toEqual([
			'không',
			'năm',
			'mười',
			'mười một',
			'mười bốn',
			'mười lăm',
			'hai mươi',
			'hai mươi mốt',
			'hai mươi bốn',
			'hai mươi lăm',
			'ba mươi mốt',
			'bốn mươi lăm',
			'bốn mươi chín',
			'năm mươi lăm',
			'bảy mươi',
			'chín mươi chín'
		]);
	});

	it('reads English numbers', () => {
		expect([7, 12, 19, 20, 37, 40, 99].map(enNumber)).toEqual([
			'seven',
			'twelve',
			'nineteen',
			'twenty',
			'thirty-seven',
			'forty',
			'ninety-nine'
		]);
		expect(() => enNumber(100)).toThrow(RangeError);
		expect(() => viNumber(-1)).toThrow(RangeError);
	});
});

describe('the gate question', () => {
	it('is a sum in words of two two-digit numbers', () => {
		const c = makeChallenge(seq(0.66, 0.48));
		expect(c).toEqual({ a: 37, b: 25 });
		expect(sumInWords(c, 'vi')).toBe('ba mươi bảy cộng hai mươi lăm');
		expect(sumInWords(c, 'en')).toBe('thirty-seven plus twenty-five');
		expect(sumInWords(c, 'vi')).not.toMatch(/\d/);
	});

	it('is drawn at random within its ranges, and changes after a wrong answer', () => {
		const seen = new Set<string>();
		for (let i = 0; i < 300; i++) {
			const c = makeChallenge();
			expect(c.a).toBeGreaterThanOrEqual(RANGE_A[0]);
			expect(c.a).toBeLessThanOrEqual(RANGE_A[1]);
			expect(c.b).toBeGreaterThanOrEqual(RANGE_B[0]);
			expect(c.b).toBeLessThanOrEqual(RANGE_B[1]);
			seen.add(`${c.a}+${c.b}`);
		}
		expect(seen.size).toBeGreaterThan(100);
		const first = makeChallenge(seq(0));
		expect(makeChallenge(seq(0, 0, 0.99, 0.99), first)).not.toEqual(first);
	});

	it('takes only the right sum, written in digits', () => {
		const c = { a: 37, b: 25 };
		expect(checkAnswer(c, '62')).toBe(true);
		expect(checkAnswer(c, ' 62 ')).toBe(true);
		for (const typed of ['', '61', '63', '6 2', '62.0', 'sáu mươi hai', '062x', '-62', '3725'])
			expect(checkAnswer(c, typed), typed).toBe(false);
	});

	it('is not passed by typing digits at random', () => {
		// A child mashing two digits hits the one right sum about once in ninety tries.
		let hits = 0;
		const c = { a: 37, b: 25 };
		for (let x = 0; x < 100; x++) if (checkAnswer(c, String(x).padStart(2, '0'))) hits++;
		expect(hits).toBe(1);
	});
});
