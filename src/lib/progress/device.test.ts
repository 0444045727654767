// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { clearDevice, dump, getSetting, setSetting } from './device';
import { completeLesson, recordAttempt } from './learning';
import { createProfile } from './profile-edit';
import { setCurrentProfile } from './profiles';
import { SETTINGS } from './model';
import type { Store } from './store';
import { BADGES, STORES, learner } from './test-helpers';

describe.each(STORES)('device on %s', (_kind, makeStore) => {
	let store: Store;
	const fresh = async () => (store = await makeStore());
	async function twoChildren() {
		await fresh();
		const a = await createProfile(store, learner({ nickname: 'An' }));
		const b = await createProfile(store, learner({ nickname: 'Bình', avatar: 'owl' }));
		for (const p of [a, b]) {
			await recordAttempt(store, p.id, {
				lessonId: 'l1',
				lessonVersion: 1,
				activityId: 'a1',
				answer: 'x',
				correct: true
			});
			await completeLesson(store, p.id, 'l1', 1, 1, BADGES);
		}
		await setCurrentProfile(store, a.id);
		return [a, b] as const;
	}

	it('stores settings', async () => {
		await fresh();
		expect(await getSetting(store, 'x')).toBeUndefined();
		await setSetting(store, 'x', { a: 1 });
		expect(await getSetting(store, 'x')).toEqual({ a: 1 });
	});

	it('clears the device but keeps the storage answer', async () => {
		await twoChildren();
		await setSetting(store, SETTINGS.persisted, true);
		await clearDevice(store);
		expect(await dump(store)).toEqual({
			profiles: [],
			lessonProgress: [],
			attempts: [],
			badges: [],
			settings: [{ key: SETTINGS.persisted, value: true }]
		});
	});
});
