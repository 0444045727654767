// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chooseGuest, guestChosen } from './first-use';

function memory() {
	const data = new Map<string, string>();
	return {
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v)
	};
}

describe('first use: the guest choice', () => {
	it('is remembered for the session once made', () => {
		const s = memory();
		expect(guestChosen(s)).toBe(false);
		chooseGuest(s);
		expect(guestChosen(s)).toBe(true);
	});

	it('blocked or missing storage never throws (the question may just come back)', () => {
		const blocked = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('SecurityError');
			}
		};
		expect(() => chooseGuest(blocked)).not.toThrow();
		expect(guestChosen(blocked)).toBe(false);
		expect(guestChosen(undefined)).toBe(false);
	});
});
