// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore } from './db';
import { ProgressState } from './progress.svelte';
import { dump } from './device';
import { completeLesson } from './learning';
import { createProfile } from './profile-edit';
import { learner } from './test-helpers';

afterEach(() => {
	vi.unstubAllGlobals();
});

/** An IDBFactory whose open() throws, as some private modes did. */
const throwingFactory = {
	open() {
		throw Object.assign(new Error('A mutation operation was attempted'), {
			name: 'InvalidStateError'
		});
	}
} as unknown as IDBFactory;

/** An IDBFactory whose open request fails asynchronously. */
const erroringFactory = {
	open() {
		const req: Partial<IDBOpenDBRequest> & { error: DOMException | null } = { error: null };
		setTimeout(() => {
			req.error = new DOMException('storage blocked by policy', 'SecurityError');
			req.onerror?.call(req as IDBOpenDBRequest, { target: req } as unknown as Event);
		});
		return req;
	}
} as unknown as IDBFactory;

/** An open that never finishes (blocked by another tab that never lets go). */
const hangingFactory = { open: () => ({}) } as unknown as IDBFactory;

describe('when IndexedDB cannot be used', () => {
	it('falls back to memory when indexedDB is missing', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const r = await openStore({ name: 'missing' });
		expect(r).toMatchObject({ fallback: 'missing' });
		expect(r.store.kind).toBe('memory');
	});

	it.each([
		['open() throws', throwingFactory, 'failed'],
		['the open request errors', erroringFactory, 'failed'],
		['the open hangs (blocked)', hangingFactory, 'timeout']
	] as const)('falls back to memory when %s', async (_name, factory, reason) => {
		const r = await openStore({ name: 'broken', indexedDB: factory, timeoutMs: 50 });
		expect(r.fallback).toBe(reason);
		expect(r.store.kind).toBe('memory');
	});

	it('keeps the app working for the session and says so', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const state = new ProgressState();
		await state.init();
		expect(state.storage).toBe('memory');
		const p = await state.createProfile(learner({ nickname: 'Mai' }));
		expect(await state.switchTo(p.id)).toBe(true);
		expect(state.currentProfile?.nickname).toBe('Mai');
		expect(await state.saveStep('l1', 1, 2)).toBe(true);
		expect(
			await state.recordAttempt({
				lessonId: 'l1',
				lessonVersion: 1,
				activityId: 'a1',
				answer: 'x',
				correct: true
			})
		).toBe(true);
		expect(state.lessonProgress('l1', 1)).toMatchObject({ status: 'in-progress', currentStep: 2 });
		const summary = await state.classSummary([{ id: 'l1', title: 'Bài 1' }]);
		expect(summary.rows[0].cells.l1.status).toBe('in-progress');
		expect(state.lastError).toBeNull();
		state.destroy();
	});

	it('the memory store is all-or-nothing too', async () => {
		const { store } = await openStore({ indexedDB: throwingFactory });
		const p = await createProfile(store, learner());
		await completeLesson(store, p.id, 'l1', 1, 1, []);
		const before = await dump(store);
		await expect(
			store.write(async (t) => {
				await t.profiles.clear();
				await t.attempts.add({
					profileId: 'x',
					lessonId: 'l',
					activityId: 'a',
					answer: '',
					correct: true,
					at: 1,
					lessonVersion: 1
				});
				throw new Error('disk');
			})
		).rejects.toThrow('disk');
		expect(await dump(store)).toEqual(before);
	});
});
