// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { badgeRules, badgesFor, rulesFor } from './badges';
import { CATALOGUE } from './test-helpers';

describe('badge rules', () => {
	it('has one rule per band and per topic, with the lessons each needs', () => {
		expect(badgeRules(CATALOGUE)).toEqual([
			{ id: 'band:6-8', lessons: ['l1', 'l2'] },
			{ id: 'topic:personal-info', lessons: ['l1'] },
			{ id: 'topic:strangers', lessons: ['l1', 'l2'] },
			{ id: 'band:9-10', lessons: ['l3'] },
			{ id: 'topic:passwords', lessons: ['l3'] }
		]);
	});

	it('a lesson page carries only the rules its lesson can complete, and they award the same', () => {
		const all = badgeRules(CATALOGUE);
		expect(rulesFor('l2', all).map((r) => r.id)).toEqual(['band:6-8', 'topic:strangers']);
		// Finishing l2 after l1: the same badges whether the page carries all rules or its own.
		const done = new Set(['l1', 'l2']);
		const held = new Set(badgesFor(new Set(['l1']), all));
		const fresh = (rules: typeof all) => badgesFor(done, rules).filter((b) => !held.has(b));
		expect(fresh(rulesFor('l2', all))).toEqual(fresh(all));
		expect(fresh(all)).toEqual(['band:6-8', 'topic:strangers']);
	});
});
