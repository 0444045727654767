// A started ProgressState for the tests that need one (never imported by the app). Each
// is destroyed after its test, so no live query outlives it.
import { afterEach } from 'vitest';
import { ProgressState, type InitOptions } from './progress.svelte';
import type { Store } from './store';

const running: ProgressState[] = [];
afterEach(() => running.splice(0).forEach((s) => s.destroy()));

/** Opened on `store`; the browser is not asked to persist unless `options` say so. */
export async function startProgress(
	store: Store,
	options: Omit<InitOptions, 'store'> = {}
): Promise<ProgressState> {
	const state = new ProgressState();
	running.push(state);
	await state.init({ requestPersist: false, ...options, store });
	return state;
}
