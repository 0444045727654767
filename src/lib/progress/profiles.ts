// The learners on this device: who they are, who is learning now, removing one. Adding and
// editing go through the profile rule in profile-edit.ts, loaded only when a form saves.
import { compareVi } from '$lib/i18n/text';
import { isChildProfile, ProgressError, SETTINGS, type Profile } from './model';
import type { Store, Tables } from './store';

/** Nickname order, naturally ("Bạn số 2" before "Bạn số 10"); the older first on a tie. */
export const byNickname = (a: Profile, b: Profile) =>
	compareVi(a.nickname, b.nickname) || a.created - b.created;

/** Every profile in nickname order (also the live query behind `progress.profiles`). */
export async function profilesQuery(t: Tables): Promise<Profile[]> {
	return (await t.profiles.all()).filter(isChildProfile).sort(byNickname);
}

export function listProfiles(store: Store): Promise<Profile[]> {
	return store.read(profilesQuery);
}

export function getProfile(store: Store, id: string): Promise<Profile | undefined> {
	return store.read((t) => t.profiles.get(id));
}

/** The profile now learning on this device, or null (guest). */
export async function getCurrentProfileId(store: Store): Promise<string | null> {
	return store.read(async (t) => {
		const id = (await t.settings.get(SETTINGS.currentProfile))?.value;
		if (typeof id !== 'string') return null;
		return (await t.profiles.get(id)) ? id : null;
	});
}

export async function setCurrentProfile(store: Store, id: string | null): Promise<void> {
	await store.write(async (t) => {
		if (id === null) return t.settings.delete(SETTINGS.currentProfile);
		if (!(await t.profiles.get(id))) throw new ProgressError('progress:errors.noProfile');
		await t.settings.put({ key: SETTINGS.currentProfile, value: id });
	});
}

/** The learner's "Tự đọc to" choice, kept on their profile (and in their backups). */
export async function setAutoRead(store: Store, id: string, on: boolean): Promise<void> {
	await store.write(async (t) => {
		const p = await t.profiles.get(id);
		if (!p) throw new ProgressError('progress:errors.noProfile');
		await t.profiles.put({ ...p, autoRead: on });
	});
}

/** True when the profile has no code or the code matches. */
export function checkPictureCode(profile: Profile, code: readonly string[] | null): boolean {
	const mine = profile.pictureCode;
	if (!mine) return true;
	return !!code && code.length === mine.length && mine.every((p, i) => p === code[i]);
}

/** Remove a child and every row that belongs to them, in one transaction. */
export async function deleteProfile(store: Store, id: string): Promise<void> {
	await store.write(async (t) => {
		await t.profiles.delete(id);
		await t.lessonProgress.deleteByProfile(id);
		await t.attempts.deleteByProfile(id);
		await t.badges.deleteByProfile(id);
		await t.evalForms.deleteByProfile(id);
		const current = await t.settings.get(SETTINGS.currentProfile);
		if (current?.value === id) await t.settings.delete(SETTINGS.currentProfile);
	});
}
