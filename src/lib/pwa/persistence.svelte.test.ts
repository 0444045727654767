import { describe, expect, it, vi } from 'vitest';
import { PersistenceState } from './persistence.svelte';

const never = () => new Promise<boolean>(() => {});

describe('PersistenceState', () => {
	it('is pending while the browser has not answered', async () => {
		const state = new PersistenceState();
		let settled = false;
		// Firefox: the question stays open until someone answers it.
		void state
			.request({ persisted: async () => false, persist: never })
			.then(() => (settled = true));
		await vi.waitFor(() => expect(state.state).toBe('pending'));
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(state.state).toBe('pending');
		expect(settled).toBe(false);
	});

	it('takes the answer once it comes', async () => {
		const granted = new PersistenceState();
		await granted.request({ persisted: async () => false, persist: async () => true });
		expect(granted.state).toBe('granted');
		const denied = new PersistenceState();
		await denied.request({ persisted: async () => false, persist: async () => false });
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
		await state.request({ persisted: async () => false, persist });
		await state.request({ persisted: async () => false, persist });
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
