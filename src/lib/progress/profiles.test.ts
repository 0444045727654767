// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dump } from './device';
import { completeLesson, listBadges, listProgress, recordAttempt } from './learning';
import { createProfile, updateProfile } from './profile-edit';
import {
	checkPictureCode,
	deleteProfile,
	getCurrentProfileId,
	getProfile,
	listProfiles,
	setCurrentProfile
} from './profiles';
import { ProgressError, SETTINGS, type Profile } from './model';
import type { Store } from './store';
import { BADGES, STORES, failingStore, learner } from './test-helpers';

async function rejectsWith(p: Promise<unknown>, key: string) {
	await expect(p).rejects.toBeInstanceOf(ProgressError);
	await expect(p).rejects.toMatchObject({ key });
}

describe.each(STORES)('profiles on %s', (_kind, makeStore) => {
	let store: Store;
	const fresh = async () => (store = await makeStore());
	it('creates a profile with only the allowed fields, nickname cleaned', async () => {
		await fresh();
		const p = await createProfile(
			store,
			{ ...learner({ nickname: '  Bé\u0000  Na  ' }), pictureCode: ['sun', 'moon', 'star'] },
			1000
		);
		expect(p.nickname).toBe('Bé Na');
		const stored = await getProfile(store, p.id);
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
			createProfile(store, learner({ nickname: '   ' })),
			'progress:errors.nicknameEmpty'
		);
		await rejectsWith(
			createProfile(store, learner({ nickname: 'a'.repeat(21) })),
			'progress:errors.nicknameTooLong'
		);
		// 20 Vietnamese letters with diacritics are fine, even typed decomposed (NFD).
		const twenty = 'Nguyễn Thị Thu Hường'.normalize('NFD');
		expect((await createProfile(store, learner({ nickname: twenty }))).nickname).toBe(
			'Nguyễn Thị Thu Hường'
		);
		await rejectsWith(
			createProfile(store, learner({ avatar: 'dragon' as never })),
			'progress:errors.badAvatar'
		);
		await rejectsWith(
			createProfile(store, learner({ band: '5-6' as never })),
			'progress:errors.badBand'
		);
		await rejectsWith(
			createProfile(store, learner({ pictureCode: ['sun', 'sun'] as never })),
			'progress:errors.badCode'
		);
		expect(await listProfiles(store)).toHaveLength(1);
	});

	it('refuses a second learner with the same nickname and the same avatar', async () => {
		await fresh();
		await createProfile(store, learner({ nickname: 'Nam' }));
		await rejectsWith(
			createProfile(store, learner({ nickname: 'nam' })),
			'progress:errors.duplicateProfile'
		);
		await createProfile(store, learner({ nickname: 'Nam', avatar: 'dog' }));
		expect(await listProfiles(store)).toHaveLength(2);
	});

	it('lists profiles in Vietnamese alphabetical order', async () => {
		await fresh();
		for (const [nickname, avatar] of [
			['Đức', 'cat'],
			['Ánh', 'dog'],
			['Dũng', 'owl'],
			['Bảo', 'pig']
		] as const)
			await createProfile(store, learner({ nickname, avatar }));
		expect((await listProfiles(store)).map((p) => p.nickname)).toEqual([
			'Ánh',
			'Bảo',
			'Dũng',
			'Đức'
		]);
	});

	it('updates a profile and keeps the rest', async () => {
		await fresh();
		const p = await createProfile(store, learner({ pictureCode: ['sun', 'moon', 'star'] }));
		const u = await updateProfile(store, p.id, { nickname: 'Bin', band: '9-10' });
		expect(u).toMatchObject({ id: p.id, nickname: 'Bin', band: '9-10', avatar: 'cat' });
		expect(u.pictureCode).toEqual(['sun', 'moon', 'star']);
		expect(await getProfile(store, p.id)).toEqual(u);
		await rejectsWith(updateProfile(store, 'nope', { nickname: 'X' }), 'progress:errors.noProfile');
		await rejectsWith(
			updateProfile(store, p.id, { nickname: '' }),
			'progress:errors.nicknameEmpty'
		);
	});

	it('sets, checks and resets a picture code without touching progress', async () => {
		await fresh();
		const p = await createProfile(store, learner());
		await completeLesson(store, p.id, 'l1', 1, 1, BADGES);
		const locked = await updateProfile(store, p.id, { pictureCode: ['tree', 'boat', 'heart'] });
		expect(checkPictureCode(locked, ['tree', 'boat', 'heart'])).toBe(true);
		expect(checkPictureCode(locked, ['boat', 'tree', 'heart'])).toBe(false);
		expect(checkPictureCode(locked, null)).toBe(false);
		const reset = await updateProfile(store, p.id, { pictureCode: null });
		expect(reset.pictureCode).toBeNull();
		expect(checkPictureCode(reset, null)).toBe(true);
		expect(await listProgress(store, p.id)).toHaveLength(1);
		expect(await listBadges(store, p.id)).not.toHaveLength(0);
	});

	it('remembers the current profile; null means guest', async () => {
		await fresh();
		expect(await getCurrentProfileId(store)).toBeNull();
		const p = await createProfile(store, learner());
		await setCurrentProfile(store, p.id);
		expect(await getCurrentProfileId(store)).toBe(p.id);
		await rejectsWith(setCurrentProfile(store, 'ghost'), 'progress:errors.noProfile');
		expect(await getCurrentProfileId(store)).toBe(p.id);
		await setCurrentProfile(store, null);
		expect(await getCurrentProfileId(store)).toBeNull();
	});

	describe('deleting', () => {
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

		it('deletes one profile with all its rows, and only those', async () => {
			const [a, b] = await twoChildren();
			const before = await dump(store);
			await deleteProfile(store, a.id);
			const after = await dump(store);
			const notA = <T extends { profileId: string }>(rows: T[]) =>
				rows.filter((r) => r.profileId !== a.id);
			expect(after.profiles).toEqual(before.profiles.filter((p) => p.id !== a.id));
			expect(after.lessonProgress).toEqual(notA(before.lessonProgress));
			expect(after.attempts).toEqual(notA(before.attempts));
			expect(after.badges).toEqual(notA(before.badges));
			expect(after.lessonProgress.length).toBeGreaterThan(0);
			expect(after.attempts.every((x) => x.profileId === b.id)).toBe(true);
			expect(await getCurrentProfileId(store)).toBeNull();
			expect(after.settings.find((s) => s.key === SETTINGS.currentProfile)).toBeUndefined();
		});

		it('deletes all or nothing when a write fails half-way', async () => {
			const [a] = await twoChildren();
			const before = await dump(store);
			const broken = failingStore(store, (t) => ({
				...t,
				badges: {
					...t.badges,
					deleteByProfile: () => Promise.reject(new Error('disk error'))
				}
			}));
			await expect(deleteProfile(broken, a.id)).rejects.toThrow('disk error');
			expect(await dump(store)).toEqual(before);
		});
	});
});

describe('profile fields', () => {
	it('has no place for real name, birth date, school, phone or photo', async () => {
		const store = await STORES[0][1]();
		const p = (await createProfile(store, {
			...learner(),
			realName: 'Nguyễn Văn A',
			phone: '0900000000'
		} as never)) as Profile & Record<string, unknown>;
		expect(p.realName).toBeUndefined();
		expect(JSON.stringify(await dump(store))).not.toContain('0900000000');
	});
});
