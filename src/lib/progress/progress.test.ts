// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProgressState, errorKey } from './progress.svelte';
import { dump } from './device';
import { listProgress, saveStep } from './learning';
import { createProfile } from './profile-edit';
import { setCurrentProfile } from './profiles';
import { ProgressError } from './model';
import type { Store } from './store';
import { BADGES, dexieTestStore, failingStore, learner, quotaError } from './test-helpers';
import { startProgress } from './test-state';

const started = async (store?: Store) => startProgress(store ?? (await dexieTestStore()));
afterEach(() => {
	vi.unstubAllGlobals();
});

const answer = (lessonId = 'l1') => ({
	lessonId,
	lessonVersion: 1,
	activityId: 'a1',
	answer: 'b',
	correct: true
});

describe('ProgressState', () => {
	it('starts as a guest whose progress stays in memory only', async () => {
		const store = await dexieTestStore();
		const s = await started(store);
		expect(s.storage).toBe('indexeddb');
		expect(s.ready).toBe(true);
		expect(s.isGuest).toBe(true);
		expect(await s.saveStep('l1', 1, 3)).toBe(true);
		expect(await s.recordAttempt(answer())).toBe(true);
		expect(s.lessonProgress('l1', 1)).toEqual({
			lessonId: 'l1',
			status: 'in-progress',
			currentStep: 3,
			stars: 0,
			bestScore: 0
		});
		const r = await s.completeLesson('l1', 1, 1, BADGES);
		expect(r?.stars).toBe(3);
		expect(s.badges.map((b) => b.badgeId)).toContain('first-lesson');
		// Nothing of the guest reached the device.
		const d = await dump(store);
		expect(d.lessonProgress).toEqual([]);
		expect(d.attempts).toEqual([]);
		expect(d.badges).toEqual([]);
	});

	it('switches learners without showing one child the other’s progress', async () => {
		const s = await started();
		await s.saveStep('guest-lesson', 1, 1);
		const an = await s.createProfile(learner({ nickname: 'An' }));
		const binh = await s.createProfile(learner({ nickname: 'Bình', avatar: 'owl' }));
		await vi.waitFor(() => expect(s.profiles.map((p) => p.nickname)).toEqual(['An', 'Bình']));

		expect(await s.switchTo(an.id)).toBe(true);
		expect(s.currentProfile?.id).toBe(an.id);
		expect(s.lessonProgress('guest-lesson', 1).status).toBe('not-started');
		await s.saveStep('l1', 1, 4);
		await s.completeLesson('l2', 1, 0.7, BADGES);

		expect(await s.switchTo(binh.id)).toBe(true);
		expect(s.lessonProgress('l1', 1).status).toBe('not-started');
		expect(s.badges).toEqual([]);
		await vi.waitFor(() => expect(s.progressByLesson).toEqual({}));

		// The resume point is there as soon as the switch resolves.
		expect(await s.switchTo(an.id)).toBe(true);
		expect(s.lessonProgress('l1', 1).currentStep).toBe(4);
		expect(s.lessonProgress('l2', 1)).toMatchObject({ status: 'done', stars: 2 });

		// Back to guest: this session's guest progress is still there.
		expect(await s.switchTo(null)).toBe(true);
		expect(s.isGuest).toBe(true);
		await vi.waitFor(() => expect(s.lessonProgress('guest-lesson', 1).currentStep).toBe(1));
	});

	it('drops a resume point saved under another version of the lesson', async () => {
		const s = await started();
		const p = await s.createProfile(learner());
		await s.switchTo(p.id);
		await s.saveStep('l1', 1, 4);
		expect(s.lessonProgress('l1', 1)).toMatchObject({ status: 'in-progress', currentStep: 4 });
		// The author bumped the lesson to version 2: screen 4 may now be another screen.
		expect(s.lessonProgress('l1', 2)).toMatchObject({ status: 'in-progress', currentStep: 0 });
	});

	it('asks for the picture code when a profile has one', async () => {
		const s = await started();
		const p = await s.createProfile(learner({ pictureCode: ['moon', 'tree', 'cloud'] }));
		expect(await s.switchTo(p.id)).toBe(false);
		expect(await s.switchTo(p.id, ['tree', 'moon', 'cloud'])).toBe(false);
		expect(s.currentProfileId).toBeNull();
		expect(await s.switchTo(p.id, ['moon', 'tree', 'cloud'])).toBe(true);
		expect(await s.resetPictureCode(p.id)).toBe(true);
		await vi.waitFor(() => expect(s.profiles[0].pictureCode).toBeNull());
	});

	it('remembers the learner across a reload and follows other tabs', async () => {
		const store = await dexieTestStore();
		const a = await started(store);
		const p = await a.createProfile(learner());
		await a.switchTo(p.id);
		await a.saveStep('l1', 1, 5);
		const b = await started(store);
		expect(b.currentProfile?.id).toBe(p.id);
		expect(b.lessonProgress('l1', 1).currentStep).toBe(5);
		await a.saveStep('l1', 1, 7);
		await vi.waitFor(() => expect(b.lessonProgress('l1', 1).currentStep).toBe(7));
	});

	it('reports a full disk without losing what was saved, and never throws', async () => {
		const store = await dexieTestStore();
		const p = await createProfile(store, learner());
		await setCurrentProfile(store, p.id);
		await saveStep(store, p.id, 'l1', 1, 2);
		const full = failingStore(store, (t) => ({
			...t,
			attempts: { ...t.attempts, add: () => Promise.reject(quotaError()) }
		}));
		const s = await started(full);
		await vi.waitFor(() => expect(s.lessonProgress('l1', 1).currentStep).toBe(2));
		const before = await dump(store);
		expect(await s.recordAttempt(answer('l5'))).toBe(false);
		expect(s.lastError).toBe('progress:errors.quota');
		expect(await dump(store)).toEqual(before);
		expect(s.lessonProgress('l1', 1).currentStep).toBe(2);
		s.clearError();
		expect(s.lastError).toBeNull();
	});

	it('turns failures into translation keys', () => {
		expect(errorKey(new ProgressError('progress:errors.noProfile'))).toBe(
			'progress:errors.noProfile'
		);
		expect(errorKey({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(
			'progress:errors.quota'
		);
		expect(errorKey({ name: 'DatabaseClosedError' })).toBe('progress:errors.reload');
		expect(errorKey(new Error('?'))).toBe('progress:errors.writeFailed');
	});

	it('a step saved before storage has opened still reaches the current learner', async () => {
		// A quick tap on a slow phone can come before Dexie has loaded and opened.
		const store = await dexieTestStore();
		const p = await createProfile(store, learner());
		await setCurrentProfile(store, p.id);
		const s = new ProgressState();
		const opening = s.init({ store });
		expect(await s.saveStep('l1', 1, 2)).toBe(true);
		await opening;
		expect((await listProgress(store, p.id)).map((r) => r.currentStep)).toEqual([2]);
		expect(s.progressByLesson.l1?.currentStep).toBe(2);
		s.destroy();
	});

	it('deleting the current learner or the whole device falls back to guest', async () => {
		const s = await started();
		const p = await s.createProfile(learner());
		await s.switchTo(p.id);
		await s.saveStep('l1', 1, 1);
		expect(await s.deleteProfile(p.id)).toBe(true);
		expect(s.isGuest).toBe(true);
		expect(s.profiles).toEqual([]);
		const q = await s.createProfile(learner({ nickname: 'Lan' }));
		await s.switchTo(q.id);
		expect(await s.clearDevice()).toBe(true);
		expect(s.isGuest).toBe(true);
		expect(s.lessonProgress('l1', 1).status).toBe('not-started');
	});

	it('exports and applies backups and builds the class summary', async () => {
		const s = await started();
		const p = await s.createProfile(learner());
		await s.switchTo(p.id);
		await s.completeLesson('l1', 1, 1, BADGES);
		const b = await s.exportBackup();
		expect(b.profiles).toHaveLength(1);
		const other = await started();
		expect(await other.applyBackup(b)).toMatchObject({ profilesAdded: 1 });
		const sum = await other.classSummary([{ id: 'l1', title: 'Bài 1' }]);
		expect(sum.rows[0].cells.l1).toEqual({ status: 'done', stars: 3 });
	});
});
