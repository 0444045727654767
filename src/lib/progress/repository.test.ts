// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as repo from './repository';
import { ProgressError, SETTINGS, starsFor, type Profile } from './model';
import type { Store } from './store';
import { CATALOGUE, STORES, failingStore, learner } from './test-helpers';

async function rejectsWith(p: Promise<unknown>, key: string) {
	await expect(p).rejects.toBeInstanceOf(ProgressError);
	await expect(p).rejects.toMatchObject({ key });
}

describe.each(STORES)('repository on %s', (_kind, makeStore) => {
	let store: Store;
	const fresh = async () => (store = await makeStore());

	describe('profiles', () => {
		it('creates a profile with only the allowed fields, nickname cleaned', async () => {
			await fresh();
			const p = await repo.createProfile(
				store,
				{ ...learner({ nickname: '  Bé\u0000  Na  ' }), pictureCode: ['sun', 'moon', 'star'] },
				1000
			);
			expect(p.nickname).toBe('Bé Na');
			const stored = await repo.getProfile(store, p.id);
			expect(stored).toEqual(p);
			expect(Object.keys(stored!).sort()).toEqual(
				['avatar', 'band', 'created', 'id', 'nickname', 'pictureCode'].sort()
			);
			expect(stored!.created).toBe(1000);
			expect(stored!.pictureCode).toEqual(['sun', 'moon', 'star']);
		});

		it('refuses empty or too long nicknames and unknown avatar, band or code', async () => {
			await fresh();
			await rejectsWith(
				repo.createProfile(store, learner({ nickname: '   ' })),
				'progress:errors.nicknameEmpty'
			);
			await rejectsWith(
				repo.createProfile(store, learner({ nickname: 'a'.repeat(21) })),
				'progress:errors.nicknameTooLong'
			);
			// 20 Vietnamese letters with diacritics are fine, even typed decomposed (NFD).
			const twenty = 'Nguyễn Thị Thu Hường'.normalize('NFD');
			expect((await repo.createProfile(store, learner({ nickname: twenty }))).nickname).toBe(
				'Nguyễn Thị Thu Hường'
			);
			await rejectsWith(
				repo.createProfile(store, learner({ avatar: 'dragon' as never })),
				'progress:errors.badAvatar'
			);
			await rejectsWith(
				repo.createProfile(store, learner({ band: '5-6' as never })),
				'progress:errors.badBand'
			);
			await rejectsWith(
				repo.createProfile(store, learner({ pictureCode: ['sun', 'sun'] as never })),
				'progress:errors.badCode'
			);
			expect(await repo.listProfiles(store)).toHaveLength(1);
		});

		it('refuses a second learner with the same nickname and the same avatar', async () => {
			await fresh();
			await repo.createProfile(store, learner({ nickname: 'Nam' }));
			await rejectsWith(
				repo.createProfile(store, learner({ nickname: 'nam' })),
				'progress:errors.duplicateProfile'
			);
			await repo.createProfile(store, learner({ nickname: 'Nam', avatar: 'dog' }));
			expect(await repo.listProfiles(store)).toHaveLength(2);
		});

		it('lists profiles in Vietnamese alphabetical order', async () => {
			await fresh();
			for (const [nickname, avatar] of [
				['Đức', 'cat'],
				['Ánh', 'dog'],
				['Dũng', 'owl'],
				['Bảo', 'pig']
			] as const)
				await repo.createProfile(store, learner({ nickname, avatar }));
			expect((await repo.listProfiles(store)).map((p) => p.nickname)).toEqual([
				'Ánh',
				'Bảo',
				'Dũng',
				'Đức'
			]);
		});

		it('updates a profile and keeps the rest', async () => {
			await fresh();
			const p = await repo.createProfile(store, learner({ pictureCode: ['sun', 'moon', 'star'] }));
			const u = await repo.updateProfile(store, p.id, { nickname: 'Bin', band: '9-10' });
			expect(u).toMatchObject({ id: p.id, nickname: 'Bin', band: '9-10', avatar: 'cat' });
			expect(u.pictureCode).toEqual(['sun', 'moon', 'star']);
			expect(await repo.getProfile(store, p.id)).toEqual(u);
			await rejectsWith(
				repo.updateProfile(store, 'nope', { nickname: 'X' }),
				'progress:errors.noProfile'
			);
			await rejectsWith(
				repo.updateProfile(store, p.id, { nickname: '' }),
				'progress:errors.nicknameEmpty'
			);
		});

		it('sets, checks and resets a picture code without touching progress', async () => {
			await fresh();
			const p = await repo.createProfile(store, learner());
			await repo.completeLesson(store, p.id, 'l1', 1, 1, CATALOGUE);
			const locked = await repo.setPictureCode(store, p.id, ['tree', 'boat', 'heart']);
			expect(repo.checkPictureCode(locked, ['tree', 'boat', 'heart'])).toBe(true);
			expect(repo.checkPictureCode(locked, ['boat', 'tree', 'heart'])).toBe(false);
			expect(repo.checkPictureCode(locked, null)).toBe(false);
			const reset = await repo.resetPictureCode(store, p.id);
			expect(reset.pictureCode).toBeNull();
			expect(repo.checkPictureCode(reset, null)).toBe(true);
			expect(await repo.listProgress(store, p.id)).toHaveLength(1);
			expect(await repo.listBadges(store, p.id)).not.toHaveLength(0);
		});

		it('remembers the current profile; null means guest', async () => {
			await fresh();
			expect(await repo.getCurrentProfileId(store)).toBeNull();
			const p = await repo.createProfile(store, learner());
			await repo.setCurrentProfile(store, p.id);
			expect(await repo.getCurrentProfileId(store)).toBe(p.id);
			await rejectsWith(repo.setCurrentProfile(store, 'ghost'), 'progress:errors.noProfile');
			expect(await repo.getCurrentProfileId(store)).toBe(p.id);
			await repo.setCurrentProfile(store, null);
			expect(await repo.getCurrentProfileId(store)).toBeNull();
		});

		it('stores settings', async () => {
			await fresh();
			expect(await repo.getSetting(store, 'x')).toBeUndefined();
			await repo.setSetting(store, 'x', { a: 1 });
			expect(await repo.getSetting(store, 'x')).toEqual({ a: 1 });
		});
	});

	describe('learning', () => {
		it('records an answer and starts the lesson', async () => {
			await fresh();
			const p = await repo.createProfile(store, learner());
			const r = await repo.recordAttempt(
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
			await repo.recordAttempt(
				store,
				p.id,
				{ lessonId: 'l1', lessonVersion: 3, activityId: 'a1', answer: 'c', correct: false },
				6000
			);
			const attempts = await repo.listAttempts(store, p.id, 'l1');
			expect(
				attempts.map((a) => [a.activityId, a.itemId, a.answer, a.correct, a.at, a.lessonVersion])
			).toEqual([
				['a1', 'q2', 'b', true, 5000, 3],
				['a1', undefined, 'c', false, 6000, 3]
			]);
			// The second answer did not move the start time.
			expect((await repo.listProgress(store, p.id))[0].started).toBe(5000);
		});

		it('refuses answers for a missing profile and writes nothing', async () => {
			await fresh();
			const before = await repo.dump(store);
			await rejectsWith(
				repo.recordAttempt(store, 'deleted', {
					lessonId: 'l1',
					lessonVersion: 1,
					activityId: 'a1',
					answer: 'x',
					correct: true
				}),
				'progress:errors.noProfile'
			);
			await rejectsWith(
				repo.recordAttempt(store, 'deleted', {
					lessonId: '',
					lessonVersion: 1,
					activityId: 'a1',
					answer: 'x',
					correct: true
				}),
				'progress:errors.badInput'
			);
			expect(await repo.dump(store)).toEqual(before);
		});

		it('saves the screen to resume at; a done lesson stays done', async () => {
			await fresh();
			const p = await repo.createProfile(store, learner());
			let row = await repo.saveStep(store, p.id, 'l1', 2, 4, 100);
			expect(row).toMatchObject({
				status: 'in-progress',
				currentStep: 4,
				lessonVersion: 2,
				started: 100
			});
			row = await repo.saveStep(store, p.id, 'l1', 2, 6, 200);
			expect(row).toMatchObject({ currentStep: 6, started: 100 });
			expect(repo.progressView(row, 'l1', 2)).toEqual({
				lessonId: 'l1',
				status: 'in-progress',
				currentStep: 6,
				stars: 0,
				bestScore: 0
			});
			// The lesson changed since: start again from the top.
			expect(repo.progressView(row, 'l1', 3).currentStep).toBe(0);
			await repo.completeLesson(store, p.id, 'l1', 2, 0.7, CATALOGUE);
			row = await repo.saveStep(store, p.id, 'l1', 2, 1);
			expect(row).toMatchObject({ status: 'done', currentStep: 1, stars: 2 });
			expect(repo.progressView(undefined, 'l9')).toMatchObject({
				status: 'not-started',
				currentStep: 0
			});
		});

		it('turns scores into 1-3 stars and keeps the best', async () => {
			expect([0, 0.59, 0.6, 0.89, 0.9, 1, 5, NaN].map(starsFor)).toEqual([1, 1, 2, 2, 3, 3, 3, 1]);
			await fresh();
			const p = await repo.createProfile(store, learner());
			const first = await repo.completeLesson(store, p.id, 'l1', 1, 0.95, CATALOGUE, 1000);
			expect(first).toMatchObject({ stars: 3, improved: true });
			expect(first.progress).toMatchObject({
				status: 'done',
				stars: 3,
				bestScore: 0.95,
				completed: 1000
			});
			const worse = await repo.completeLesson(store, p.id, 'l1', 1, 0.3, CATALOGUE, 2000);
			expect(worse).toMatchObject({ stars: 1, improved: false });
			expect(worse.progress).toMatchObject({ stars: 3, bestScore: 0.95, completed: 1000 });
			expect(await repo.listProgress(store, p.id)).toEqual([worse.progress]);
		});

		it('awards first-lesson, band and topic badges once', async () => {
			await fresh();
			const p = await repo.createProfile(store, learner());
			const r1 = await repo.completeLesson(store, p.id, 'l1', 1, 1, CATALOGUE, 10);
			expect(r1.newBadges.map((b) => b.badgeId).sort()).toEqual([
				'first-lesson',
				'topic:personal-info'
			]);
			const r2 = await repo.completeLesson(store, p.id, 'l2', 1, 1, CATALOGUE, 20);
			expect(r2.newBadges.map((b) => b.badgeId).sort()).toEqual(['band:6-8', 'topic:strangers']);
			const again = await repo.completeLesson(store, p.id, 'l2', 1, 1, CATALOGUE, 30);
			expect(again.newBadges).toEqual([]);
			const badges = await repo.listBadges(store, p.id);
			expect(badges.map((b) => [b.badgeId, b.earned])).toEqual([
				['first-lesson', 10],
				['topic:personal-info', 10],
				['band:6-8', 20],
				['topic:strangers', 20]
			]);
			expect(repo.badgesFor(new Set(['l1', 'l2', 'l3']), CATALOGUE).sort()).toEqual([
				'band:6-8',
				'band:9-10',
				'first-lesson',
				'topic:passwords',
				'topic:personal-info',
				'topic:strangers'
			]);
			expect(repo.badgesFor(new Set(), CATALOGUE)).toEqual([]);
		});

		it('never mixes two children', async () => {
			await fresh();
			const a = await repo.createProfile(store, learner({ nickname: 'An' }));
			const b = await repo.createProfile(store, learner({ nickname: 'Bình' }));
			await repo.saveStep(store, a.id, 'l1', 1, 3);
			await repo.completeLesson(store, b.id, 'l2', 1, 1, CATALOGUE);
			expect((await repo.listProgress(store, a.id)).map((r) => r.lessonId)).toEqual(['l1']);
			expect((await repo.listProgress(store, b.id)).map((r) => r.lessonId)).toEqual(['l2']);
			expect(await repo.listBadges(store, a.id)).toEqual([]);
		});
	});

	describe('device', () => {
		async function twoChildren() {
			await fresh();
			const a = await repo.createProfile(store, learner({ nickname: 'An' }));
			const b = await repo.createProfile(store, learner({ nickname: 'Bình', avatar: 'owl' }));
			for (const p of [a, b]) {
				await repo.recordAttempt(store, p.id, {
					lessonId: 'l1',
					lessonVersion: 1,
					activityId: 'a1',
					answer: 'x',
					correct: true
				});
				await repo.completeLesson(store, p.id, 'l1', 1, 1, CATALOGUE);
			}
			await repo.setCurrentProfile(store, a.id);
			return [a, b] as const;
		}

		it('deletes one profile with all its rows, and only those', async () => {
			const [a, b] = await twoChildren();
			const before = await repo.dump(store);
			await repo.deleteProfile(store, a.id);
			const after = await repo.dump(store);
			const notA = <T extends { profileId: string }>(rows: T[]) =>
				rows.filter((r) => r.profileId !== a.id);
			expect(after.profiles).toEqual(before.profiles.filter((p) => p.id !== a.id));
			expect(after.lessonProgress).toEqual(notA(before.lessonProgress));
			expect(after.attempts).toEqual(notA(before.attempts));
			expect(after.badges).toEqual(notA(before.badges));
			expect(after.lessonProgress.length).toBeGreaterThan(0);
			expect(after.attempts.every((x) => x.profileId === b.id)).toBe(true);
			expect(await repo.getCurrentProfileId(store)).toBeNull();
			expect(after.settings.find((s) => s.key === SETTINGS.currentProfile)).toBeUndefined();
		});

		it('deletes all or nothing when a write fails half-way', async () => {
			const [a] = await twoChildren();
			const before = await repo.dump(store);
			const broken = failingStore(store, (t) => ({
				...t,
				badges: {
					...t.badges,
					deleteByProfile: () => Promise.reject(new Error('disk error'))
				}
			}));
			await expect(repo.deleteProfile(broken, a.id)).rejects.toThrow('disk error');
			expect(await repo.dump(store)).toEqual(before);
		});

		it('clears the device but keeps the storage answer', async () => {
			await twoChildren();
			await repo.setSetting(store, SETTINGS.persisted, true);
			await repo.clearDevice(store);
			expect(await repo.dump(store)).toEqual({
				profiles: [],
				lessonProgress: [],
				attempts: [],
				badges: [],
				settings: [{ key: SETTINGS.persisted, value: true }]
			});
		});

		it('summarises profiles × lessons in nickname order, with no ranking', async () => {
			const [a, b] = await twoChildren();
			await repo.saveStep(store, b.id, 'l2', 1, 2);
			const locked = await repo.setPictureCode(store, b.id, ['sun', 'moon', 'star']);
			const s = await repo.classSummary(store, [
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
			expect((await repo.classSummary(store)).lessons.map((l) => l.id)).toEqual(['l1', 'l2']);
		});
	});
});

describe('profile fields', () => {
	it('has no place for real name, birth date, school, phone or photo', async () => {
		const store = await STORES[0][1]();
		const p = (await repo.createProfile(store, {
			...learner(),
			realName: 'Nguyễn Văn A',
			phone: '0900000000'
		} as never)) as Profile & Record<string, unknown>;
		expect(p.realName).toBeUndefined();
		expect(JSON.stringify(await repo.dump(store))).not.toContain('0900000000');
	});
});
