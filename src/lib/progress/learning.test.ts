// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { badgesFor } from './badges';
import { dump } from './device';
import {
	completeLesson,
	listAttempts,
	listBadges,
	listProgress,
	progressView,
	recordAttempt,
	saveStep,
	starsFor
} from './learning';
import { createProfile } from './profile-edit';
import { ProgressError } from './model';
import type { Store } from './store';
import { BADGES, STORES, learner } from './test-helpers';

async function rejectsWith(p: Promise<unknown>, key: string) {
	await expect(p).rejects.toBeInstanceOf(ProgressError);
	await expect(p).rejects.toMatchObject({ key });
}

describe.each(STORES)('learning on %s', (_kind, makeStore) => {
	let store: Store;
	const fresh = async () => (store = await makeStore());

	it('records an answer and starts the lesson', async () => {
		await fresh();
		const p = await createProfile(store, learner());
		const r = await recordAttempt(
			store,
			p.id,
			{
				lessonId: 'l1',
				lessonVersion: 3,
				activityId: 'a1',
				itemId: 'q2',
				answer: 'b',
				correct: true
			},
			5000
		);
		expect(r.attempt.id).toBeTypeOf('number');
		expect(r.progress).toMatchObject({ status: 'in-progress', currentStep: 0, started: 5000 });
		await recordAttempt(
			store,
			p.id,
			{ lessonId: 'l1', lessonVersion: 3, activityId: 'a1', answer: 'c', correct: false },
			6000
		);
		const attempts = await listAttempts(store, p.id, 'l1');
		expect(
			attempts.map((a) => [a.activityId, a.itemId, a.answer, a.correct, a.at, a.lessonVersion])
		).toEqual([
			['a1', 'q2', 'b', true, 5000, 3],
			['a1', undefined, 'c', false, 6000, 3]
		]);
		// The second answer did not move the start time.
		expect((await listProgress(store, p.id))[0].started).toBe(5000);
	});

	it('refuses answers for a missing profile and writes nothing', async () => {
		await fresh();
		const before = await dump(store);
		await rejectsWith(
			recordAttempt(store, 'deleted', {
				lessonId: 'l1',
				lessonVersion: 1,
				activityId: 'a1',
				answer: 'x',
				correct: true
			}),
			'progress:errors.noProfile'
		);
		await rejectsWith(
			recordAttempt(store, 'deleted', {
				lessonId: '',
				lessonVersion: 1,
				activityId: 'a1',
				answer: 'x',
				correct: true
			}),
			'progress:errors.badInput'
		);
		expect(await dump(store)).toEqual(before);
	});

	it('saves the screen to resume at; a done lesson stays done', async () => {
		await fresh();
		const p = await createProfile(store, learner());
		let row = await saveStep(store, p.id, 'l1', 2, 4, 100);
		expect(row).toMatchObject({
			status: 'in-progress',
			currentStep: 4,
			lessonVersion: 2,
			started: 100
		});
		row = await saveStep(store, p.id, 'l1', 2, 6, 200);
		expect(row).toMatchObject({ currentStep: 6, started: 100 });
		expect(progressView(row, 'l1', 2)).toEqual({
			lessonId: 'l1',
			status: 'in-progress',
			currentStep: 6,
			stars: 0,
			bestScore: 0
		});
		// The lesson changed since: start again from the top.
		expect(progressView(row, 'l1', 3).currentStep).toBe(0);
		await completeLesson(store, p.id, 'l1', 2, 0.7, BADGES);
		row = await saveStep(store, p.id, 'l1', 2, 1);
		expect(row).toMatchObject({ status: 'done', currentStep: 1, stars: 2 });
		expect(progressView(undefined, 'l9', 1)).toMatchObject({
			status: 'not-started',
			currentStep: 0
		});
	});

	it('turns scores into 2-3 stars (3 for every activity tried) and keeps the best', async () => {
		expect([0, 0.59, 0.6, 0.89, 0.99, 1, 5, NaN].map(starsFor)).toEqual([2, 2, 2, 2, 2, 3, 3, 2]);
		await fresh();
		const p = await createProfile(store, learner());
		const first = await completeLesson(store, p.id, 'l1', 1, 1, BADGES, 1000);
		expect(first).toMatchObject({ stars: 3, improved: true });
		expect(first.progress).toMatchObject({
			status: 'done',
			stars: 3,
			bestScore: 1,
			completed: 1000
		});
		const worse = await completeLesson(store, p.id, 'l1', 1, 0.3, BADGES, 2000);
		expect(worse).toMatchObject({ stars: 2, improved: false });
		expect(worse.progress).toMatchObject({ stars: 3, bestScore: 1, completed: 1000 });
		expect(await listProgress(store, p.id)).toEqual([worse.progress]);
	});

	it('awards first-lesson, band and topic badges once', async () => {
		await fresh();
		const p = await createProfile(store, learner());
		const r1 = await completeLesson(store, p.id, 'l1', 1, 1, BADGES, 10);
		expect(r1.newBadges.map((b) => b.badgeId).sort()).toEqual([
			'first-lesson',
			'topic:personal-info'
		]);
		const r2 = await completeLesson(store, p.id, 'l2', 1, 1, BADGES, 20);
		expect(r2.newBadges.map((b) => b.badgeId).sort()).toEqual(['band:6-8', 'topic:strangers']);
		const again = await completeLesson(store, p.id, 'l2', 1, 1, BADGES, 30);
		expect(again.newBadges).toEqual([]);
		const badges = await listBadges(store, p.id);
		expect(badges.map((b) => [b.badgeId, b.earned])).toEqual([
			['first-lesson', 10],
			['topic:personal-info', 10],
			['band:6-8', 20],
			['topic:strangers', 20]
		]);
		expect(badgesFor(new Set(['l1', 'l2', 'l3']), BADGES).sort()).toEqual([
			'band:6-8',
			'band:9-10',
			'first-lesson',
			'topic:passwords',
			'topic:personal-info',
			'topic:strangers'
		]);
		expect(badgesFor(new Set(), BADGES)).toEqual([]);
	});

	it('never mixes two children', async () => {
		await fresh();
		const a = await createProfile(store, learner({ nickname: 'An' }));
		const b = await createProfile(store, learner({ nickname: 'Bình' }));
		await saveStep(store, a.id, 'l1', 1, 3);
		await completeLesson(store, b.id, 'l2', 1, 1, BADGES);
		expect((await listProgress(store, a.id)).map((r) => r.lessonId)).toEqual(['l1']);
		expect((await listProgress(store, b.id)).map((r) => r.lessonId)).toEqual(['l2']);
		expect(await listBadges(store, a.id)).toEqual([]);
	});
});
