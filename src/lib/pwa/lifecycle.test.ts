import { describe, expect, it } from 'vitest';
import { isUpdate } from './lifecycle';

const worker = (name: string) => ({ scriptURL: `/${name}.js` }) as unknown as ServiceWorker;

describe('isUpdate', () => {
	const a = worker('a');
	const b = worker('b');

	it('is an update when an older worker is active', () => {
		expect(isUpdate({ active: a }, b)).toBe(true);
	});

	it('is not an update on a first install (nothing active yet)', () => {
		// Firefox: a reload during the first install settles register() with the new worker
		// installed and about to activate.
		expect(isUpdate({ active: null }, b)).toBe(false);
		expect(isUpdate(null, b)).toBe(false);
	});

	it('is not an update once the waiting worker itself is the active one', () => {
		expect(isUpdate({ active: b }, b)).toBe(false);
	});

	it('is not an update when nothing waits', () => {
		expect(isUpdate({ active: a }, null)).toBe(false);
	});
});
