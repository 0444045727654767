import { describe, expect, it, vi } from 'vitest';
import { PersistenceState, type AnswerMemory } from './persistence.svelte';

/** A device's memory of a refusal, kept in the test instead of localStorage. */
function memory(): AnswerMemory & { saved: boolean } {
	return {
		saved: false,
		refused() {
			return this.saved;
		},
		rememberRefusal() {
			this.saved = true;
		}
	};
}

const never = () => new Promise<boolean>(() => {});

describe('PersistenceState', () => {
	it('is pending while the browser has not answered', async () => {
		const state = new PersistenceState();
		let settled = false;
		// Firefox: the question stays open until someone answers it.
		void state
			.request({ persisted: async () => false, persist: never }, memory())
			.then(() => (settled = true));
		await vi.waitFor(() => expect(state.state).toBe('pending'));
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(state.state).toBe('pending');
		expect(settled).toBe(false);
	});

	it('takes the answer once it comes', async () => {
		const granted = new PersistenceState();
		await granted.request({ persisted: async () => false, persist: async () => true }, memory());
		expect(granted.state).toBe('granted');
		const denied = new PersistenceState();
		await denied.request({ persisted: async () => false, persist: async () => false }, memory());
		expect(denied.state).toBe('denied');
	});

	it('does not ask again when storage is already persistent', async () => {
		const persist = vi.fn(async () => true);
		const state = new PersistenceState();
		await state.request({ persisted: async () => true, persist });
		expect(state.state).toBe('granted');
		expect(persist).not.toHaveBeenCalled();
	});

	it('asks once per page', async () => {
		const persist = vi.fn(async () => false);
		const state = new PersistenceState();
		const device = memory();
		await state.request({ persisted: async () => false, persist }, device);
		await state.request({ persisted: async () => false, persist }, device);
		expect(persist).toHaveBeenCalledTimes(1);
	});

	it('does not ask again on a later visit once the device refused', async () => {
		const device = memory();
		const persist = vi.fn(async () => false);
		const first = new PersistenceState();
		await first.request({ persisted: async () => false, persist }, device);
		expect(first.state).toBe('denied');
		const later = new PersistenceState();
		await later.request({ persisted: async () => false, persist }, device);
		expect(later.state).toBe('denied');
		expect(persist).toHaveBeenCalledTimes(1);
	});

	it('says the browser cannot tell when there is no StorageManager or it fails', async () => {
		const none = new PersistenceState();
		await none.request({} as never);
		expect(none.state).toBe('unsupported');
		const failing = new PersistenceState();
		await failing.request({
			persisted: async () => false,
			persist: async () => Promise.reject(new Error('SecurityError'))
		});
		expect(failing.state).toBe('unsupported');
	});
});
