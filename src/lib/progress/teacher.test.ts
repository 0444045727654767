// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { completeLesson, recordAttempt, saveStep } from './learning';
import { createProfile, updateProfile } from './profile-edit';
import { setCurrentProfile } from './profiles';
import { classSummary } from './teacher';
import type { Store } from './store';
import { CATALOGUE, STORES, learner } from './test-helpers';

describe.each(STORES)('class summary on %s', (_kind, makeStore) => {
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
			await completeLesson(store, p.id, 'l1', 1, 1, CATALOGUE);
		}
		await setCurrentProfile(store, a.id);
		return [a, b] as const;
	}

	it('summarises profiles × lessons in nickname order, with no ranking', async () => {
		const [a, b] = await twoChildren();
		await saveStep(store, b.id, 'l2', 1, 2);
		const locked = await updateProfile(store, b.id, { pictureCode: ['sun', 'moon', 'star'] });
		const s = await classSummary(store, [
			{ id: 'l1', title: 'Bài 1' },
			{ id: 'l2', title: 'Bài 2' },
			{ id: 'l3' }
		]);
		expect(s.lessons).toEqual([
			{ id: 'l1', title: 'Bài 1' },
			{ id: 'l2', title: 'Bài 2' },
			{ id: 'l3', title: 'l3' }
		]);
		expect(s.rows.map((r) => r.profile.nickname)).toEqual(['An', 'Bình']);
		expect(s.rows[0]).toEqual({
			profile: { id: a.id, nickname: 'An', avatar: 'cat', band: '6-8', hasCode: false },
			cells: {
				l1: { status: 'done', stars: 3 },
				l2: { status: 'not-started', stars: 0 },
				l3: { status: 'not-started', stars: 0 }
			},
			done: 1
		});
		expect(s.rows[1].profile.hasCode).toBe(!!locked.pictureCode);
		expect(s.rows[1].cells.l2).toEqual({ status: 'in-progress', stars: 0 });
		// Without a lesson list: every lesson seen on the device.
		expect((await classSummary(store)).lessons.map((l) => l.id)).toEqual(['l1', 'l2']);
	});
});
