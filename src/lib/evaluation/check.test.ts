// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkScreens, eventAnswer, screenAnswers, screenLeaves } from './check';
import { loadInstruments } from './instruments/load';

const b = loadInstruments({ root: process.cwd() }).bands.find((x) => x.band === '11-14')!;

describe('the learner check', () => {
	it('is the form, one screen per confidence line, the worry item and the list', () => {
		const s = checkScreens(b.a, b.chung, 'short');
		expect(s.map((x) => x.kind)).toEqual([
			...b.a.items.map(() => 'item'),
			'confidence',
			'confidence',
			'confidence',
			'confidence',
			'worry',
			'list'
		]);
		const short = s.at(-1)!;
		const long = checkScreens(b.a, b.chung, 'long').at(-1)!;
		if (short.kind !== 'list' || long.kind !== 'list') throw new Error('no list');
		expect(long.statements.length).toBe(short.statements.length + 1);
	});

	it('turns events into leaves and options, and skips what was not answered', () => {
		const s = checkScreens(b.b, b.chung, 'long');
		const sort = s.find((x) => x.kind === 'item' && x.item.activity.type === 'sort')!;
		if (sort.kind !== 'item' || sort.item.activity.type !== 'sort') throw new Error('no sort');
		const card = sort.item.activity.cards[1];
		const bin = sort.item.activity.bins[1];
		const got = eventAnswer(sort, { itemId: card.id, answer: bin, correct: true });
		expect(got).toEqual({ leaf: `dg-11-14-b.${sort.item.n}.2`, option: 'b2' });
		const answers = screenAnswers(sort, new Map([[got!.leaf, got!.option]]), 'long');
		expect(answers).toHaveLength(screenLeaves(sort).length);
		expect(answers.filter((a) => a.option === 'skip')).toHaveLength(screenLeaves(sort).length - 1);
		const list = s.at(-1)!;
		expect(screenAnswers(list, new Map(), 'long')).toEqual([
			{ leaf: 'dg-11-14-chung.l', option: 'skip', arm: 'long' }
		]);
		expect(eventAnswer(sort, { itemId: 'nope', answer: bin, correct: false })).toBeNull();
	});
});
