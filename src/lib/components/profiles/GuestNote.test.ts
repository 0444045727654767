import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '$lib/progress/memory';
import * as repo from '$lib/progress/repository';
import { dexieTestStore } from '$lib/progress/test-helpers';
import { startProgress } from '$lib/progress/test-state';
import type { Store } from '$lib/progress/store';
import GuestNote from './GuestNote.svelte';

async function show(store: Store, learner: boolean) {
	if (learner) {
		const an = await repo.createProfile(store, { nickname: 'An', avatar: 'dog', band: '6-8' });
		await repo.setCurrentProfile(store, an.id);
	}
	render(GuestNote, { progress: await startProgress(store) });
}

describe('GuestNote', () => {
	it('tells a guest that stars are not kept, and links to choosing a nickname', async () => {
		await show(await dexieTestStore(), false);
		expect(screen.getByText(/chỉ được giữ đến khi em đóng trang/)).toBeInTheDocument();
		expect(screen.getByRole('link', { name: /biệt danh/ })).toHaveAttribute('href', '/nguoi-hoc/');
	});

	it('says nothing to a learner with a nickname', async () => {
		await show(await dexieTestStore(), true);
		expect(screen.queryByText(/chỉ được giữ/)).toBeNull();
	});

	it('says nothing when the device keeps nothing (the storage notice speaks then)', async () => {
		await show(createMemoryStore(), false);
		expect(screen.queryByText(/chỉ được giữ/)).toBeNull();
	});
});
