import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '$lib/progress/memory';
import { createProfile } from '$lib/progress/profile-edit';
import { setCurrentProfile } from '$lib/progress/profiles';
import { dexieTestStore } from '$lib/progress/test-helpers';
import { startAppProgress } from '$lib/progress/test-state';
import type { Store } from '$lib/progress/store';
import GuestNote from './GuestNote.svelte';

async function show(store: Store, learner: boolean) {
	if (learner) {
		const an = await createProfile(store, { nickname: 'An', avatar: 'dog', band: '6-8' });
		await setCurrentProfile(store, an.id);
	}
	await startAppProgress(store);
	render(GuestNote);
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
