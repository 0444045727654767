// Started ProgressStates for the tests that need one (never imported by the app). Each is
// destroyed after its test, so no live query outlives it.
import { afterEach } from 'vitest';
import { ProgressState, progress, type InitOptions } from './progress.svelte';
import type { Store } from './store';

const running: ProgressState[] = [];
afterEach(() => running.splice(0).forEach((s) => s.destroy()));

type Options = Omit<InitOptions, 'store'>;

/**
 * A new ProgressState opened on `store` (tests of the class itself, two tabs at once); the
 * browser is not asked to persist unless `options` say so.
 */
export async function startProgress(store: Store, options: Options = {}): Promise<ProgressState> {
	const state = new ProgressState();
	running.push(state);
	await state.init({ ...options, store });
	return state;
}

/**
 * The app's own `progress`, the one components read, opened on `store` for this test: the
 * seam for component tests. A previous opening (another test, or earlier in this one) is
 * closed first.
 */
export async function startAppProgress(
	store: Store,
	options: Options = {}
): Promise<ProgressState> {
	progress.destroy();
	if (!running.includes(progress)) running.push(progress);
	await progress.init({ ...options, store });
	return progress;
}
