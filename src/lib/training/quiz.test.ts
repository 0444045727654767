import { describe, expect, it } from 'vitest';
import { addSheet, average, emptyTallies, parseTallies, QUIZ, score } from './quiz';

describe('training quiz', () => {
	it('counts right answers only', () => {
		expect(score(QUIZ.map((q) => q.right))).toBe(5);
		expect(score([null, null])).toBe(0);
		expect(score(QUIZ.map((q) => 1 - q.right))).toBe(0);
	});
	it('keeps counts per phase, never a sheet', () => {
		let t = emptyTallies();
		t = addSheet(t, 'pre', [1, null, null, null, null]);
		t = addSheet(
			t,
			'pre',
			QUIZ.map((q) => q.right)
		);
		t = addSheet(
			t,
			'post',
			QUIZ.map((q) => q.right)
		);
		expect(t).toEqual({ pre: { people: 2, right: 6 }, post: { people: 1, right: 5 } });
		expect(average(t.pre)).toBe(3);
		expect(average(emptyTallies().post)).toBeNull();
	});
	it('reads broken or impossible stored counts as zeros', () => {
		expect(parseTallies(null)).toEqual(emptyTallies());
		expect(parseTallies('{oops')).toEqual(emptyTallies());
		expect(parseTallies('{"pre":{"people":1,"right":9},"post":{"people":0,"right":0}}')).toEqual(
			emptyTallies()
		);
		const ok = '{"pre":{"people":2,"right":7},"post":{"people":1,"right":5}}';
		expect(parseTallies(ok).pre).toEqual({ people: 2, right: 7 });
	});
});
