import { describe, expect, it } from 'vitest';
import { guideMood, isSensitive } from './guide';

const base = { sensitive: false, index: 2, answer: null } as const;

describe('guideMood', () => {
	it('welcomes on the first screen and is calm on later steps', () => {
		expect(guideMood({ ...base, screen: 'step', index: 0 })).toBe('hello');
		expect(guideMood({ ...base, screen: 'step' })).toBe('calm');
	});
	it('thinks while a question is open, cheers a right answer, encourages a wrong one', () => {
		expect(guideMood({ ...base, screen: 'activity' })).toBe('thinking');
		expect(guideMood({ ...base, screen: 'activity', answer: 'right' })).toBe('cheering');
		expect(guideMood({ ...base, screen: 'activity', answer: 'try' })).toBe('encouraging');
		expect(guideMood({ ...base, screen: 'summary' })).toBe('cheering');
	});
	it('never celebrates in a sensitive lesson', () => {
		for (const screen of ['step', 'activity', 'summary'] as const)
			for (const answer of [null, 'right', 'try'] as const)
				expect(guideMood({ sensitive: true, screen, index: 0, answer })).toBe('calm');
	});
	it('calls sextortion and photo-request lessons sensitive, not the others', () => {
		expect(isSensitive(['sextortion', 'reporting'])).toBe(true);
		expect(isSensitive(['image-requests'])).toBe(true);
		expect(isSensitive(['kindness', 'games'])).toBe(false);
	});
});
