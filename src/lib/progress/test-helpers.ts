// Shared by the progress tests and the bench (never imported by the app).
import { openStore } from './db';
import { completeLesson, recordAttempt, saveStep } from './learning';
import { createProfile } from './profile-edit';
import { setCurrentProfile } from './profiles';
import { createMemoryStore } from './memory';
import { badgeRules, type CatalogueLesson } from './badges';
import type { ProfileInput } from './model';
import type { Store, Tables } from './store';

let n = 0;

/** A new, empty IndexedDB-backed store (fake-indexeddb in tests). */
export async function dexieTestStore(): Promise<Store> {
	const { store, fallback, error } = await openStore({
		name: `khien-nho-test-${Date.now()}-${n++}`
	});
	if (fallback) throw new Error(`IndexedDB unavailable in test: ${fallback} ${String(error)}`);
	return store;
}

export const STORES: [string, () => Promise<Store>][] = [
	['indexeddb', dexieTestStore],
	['memory', async () => createMemoryStore()]
];

export const learner = (over: Partial<ProfileInput> = {}): ProfileInput => ({
	nickname: 'Bống',
	avatar: 'cat',
	band: '6-8',
	...over
});

export const CATALOGUE: CatalogueLesson[] = [
	{ id: 'l1', band: '6-8', topics: ['personal-info', 'strangers'] },
	{ id: 'l2', band: '6-8', topics: ['strangers'] },
	{ id: 'l3', band: '9-10', topics: ['passwords'] }
];
/** The badge rules of CATALOGUE, as a lesson page carries them. */
export const BADGES = badgeRules(CATALOGUE);

/** A store whose writes fail the way a full disk does, after running part of the work. */
export function failingStore(store: Store, fail: (t: Tables) => Tables): Store {
	return { ...store, write: (fn) => store.write((t) => fn(fail(t))) };
}

export function quotaError(): Error {
	return Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
}

/** Two learners (An 6-8, Bình 9-10 with a picture code), each with an answer, a finished lesson and a started one. */
export async function classroom() {
	const store = await dexieTestStore();
	const an = await createProfile(store, learner({ nickname: 'An' }), 1);
	const binh = await createProfile(
		store,
		learner({
			nickname: 'Bình',
			avatar: 'owl',
			band: '9-10',
			pictureCode: ['sun', 'boat', 'heart']
		}),
		2
	);
	for (const [p, i] of [
		[an, 0],
		[binh, 1]
	] as const) {
		await recordAttempt(
			store,
			p.id,
			{
				lessonId: 'l1',
				lessonVersion: 1,
				activityId: 'a1',
				itemId: 'q1',
				answer: 'b',
				correct: true
			},
			100 + i
		);
		await completeLesson(store, p.id, 'l1', 1, 0.8, BADGES, 200 + i);
		await saveStep(store, p.id, 'l2', 1, 2, 300 + i);
	}
	await setCurrentProfile(store, an.id);
	return { store, an, binh };
}
