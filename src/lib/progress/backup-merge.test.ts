// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dump } from './device';
import { saveStep } from './learning';
import { createProfile } from './profile-edit';
import { parseBackup } from './backup-check';
import { exportBackup } from './backup-export';
import { applyBackup, importBackup } from './backup-merge';
import type { Backup } from './model';
import { classroom, dexieTestStore, failingStore, learner, quotaError } from './test-helpers';

const json = (b: unknown) => JSON.stringify(b);

describe('merge', () => {
	it('keeps the best of each lesson, every answer once, and the union of badges', async () => {
		const { store, an } = await classroom();
		await saveStep(store, an.id, 'l3', 1, 5, 400);
		const before = await dump(store);
		const mine = (lessonId: string) =>
			before.lessonProgress.find((r) => r.profileId === an.id && r.lessonId === lessonId)!;

		const incoming: Backup = {
			...(await exportBackup(store, an.id)),
			profiles: [{ ...before.profiles.find((p) => p.id === an.id)!, nickname: 'An (máy khác)' }],
			lessonProgress: [
				// l1 done here with 2 stars, there with 3 stars but later: best stars, earliest dates.
				{ ...mine('l1'), stars: 3, bestScore: 0.95, started: 50, completed: 900 },
				// l2 in progress here, done there: done wins.
				{ ...mine('l2'), status: 'done', stars: 1, bestScore: 0.4, completed: 950, started: 350 },
				// l3 in progress in both: furthest screen kept.
				{ ...mine('l3'), currentStep: 2, started: 450 },
				// l9 only there.
				{ ...mine('l3'), lessonId: 'l9', status: 'done', stars: 2, bestScore: 0.7, completed: 990 }
			],
			attempts: [
				// The same answer as on this device, and a new one (twice in the file).
				{
					profileId: an.id,
					lessonId: 'l1',
					lessonVersion: 1,
					activityId: 'a1',
					itemId: 'q1',
					answer: 'b',
					correct: true,
					at: 100
				},
				{
					profileId: an.id,
					lessonId: 'l9',
					lessonVersion: 1,
					activityId: 'a2',
					answer: 'x',
					correct: false,
					at: 980
				},
				{
					profileId: an.id,
					lessonId: 'l9',
					lessonVersion: 1,
					activityId: 'a2',
					answer: 'x',
					correct: false,
					at: 980
				}
			],
			badges: [
				{ profileId: an.id, badgeId: 'first-lesson', earned: 150 },
				{ profileId: an.id, badgeId: 'topic:passwords', earned: 990 }
			]
		};
		const r = await importBackup(store, json(incoming));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.result).toMatchObject({
			profilesAdded: 0,
			profilesMerged: 1,
			attemptsAdded: 1,
			badgesAdded: 1
		});

		const after = await dump(store);
		expect(after.profiles).toEqual(before.profiles); // nickname on this device kept
		const row = (id: string) =>
			after.lessonProgress.find((x) => x.profileId === an.id && x.lessonId === id);
		expect(row('l1')).toMatchObject({
			status: 'done',
			stars: 3,
			bestScore: 0.95,
			started: 50,
			completed: mine('l1').completed
		});
		expect(row('l2')).toMatchObject({
			status: 'done',
			stars: 1,
			bestScore: 0.4,
			completed: 950,
			started: mine('l2').started
		});
		expect(row('l3')).toMatchObject({ status: 'in-progress', currentStep: 5, started: 400 });
		expect(row('l9')).toMatchObject({ status: 'done', stars: 2 });
		const answers = after.attempts.filter((a) => a.profileId === an.id);
		expect(answers.map((a) => [a.lessonId, a.answer, a.at])).toEqual([
			['l1', 'b', 100],
			['l9', 'x', 980]
		]);
		const badges = after.badges.filter((b) => b.profileId === an.id);
		expect(badges.find((b) => b.badgeId === 'first-lesson')?.earned).toBe(150);
		expect(badges.map((b) => b.badgeId)).toContain('topic:passwords');
		// The other child is untouched.
		const other = (d: typeof before) => json(d.lessonProgress.filter((x) => x.profileId !== an.id));
		expect(other(after)).toBe(other(before));

		// Importing the same file again changes nothing.
		await importBackup(store, json(incoming));
		expect(await dump(store)).toEqual(after);
	});

	it('writes nothing when the import fails half-way (one transaction)', async () => {
		const { store } = await classroom();
		const text = json(await exportBackup(store));
		const target = await dexieTestStore();
		await createProfile(target, learner({ nickname: 'Chi' }));
		const before = await dump(target);
		const parsed = parseBackup(text);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		const full = failingStore(target, (t) => ({
			...t,
			attempts: { ...t.attempts, bulkAdd: () => Promise.reject(quotaError()) }
		}));
		await expect(applyBackup(full, parsed.backup)).rejects.toMatchObject({
			name: 'QuotaExceededError'
		});
		expect(await dump(target)).toEqual(before);
	});
});
