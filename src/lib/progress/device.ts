// The device as a whole: its settings, wiping it, and a full dump for tests and support.
import { SETTINGS, type Dump } from './model';
import type { Store } from './store';

export async function getSetting<T>(store: Store, key: string): Promise<T | undefined> {
	const row = await store.read((t) => t.settings.get(key));
	return row?.value as T | undefined;
}

export async function setSetting(store: Store, key: string, value: unknown): Promise<void> {
	await store.write((t) => t.settings.put({ key, value }));
}

/** Delete every child and all progress on this device (the storage answer is kept). */
export async function clearDevice(store: Store): Promise<void> {
	await store.write(async (t) => {
		await t.profiles.clear();
		await t.lessonProgress.clear();
		await t.attempts.clear();
		await t.badges.clear();
		await t.evalForms.clear();
		const persisted = await t.settings.get(SETTINGS.persisted);
		await t.settings.clear();
		if (persisted) await t.settings.put(persisted);
	});
}

/** Code-unit order: ids are machine strings, sorted the same on every device. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Everything in the store, in a stable order (tests, support). */
export async function dump(store: Store): Promise<Dump> {
	const d = await store.read(async (t) => ({
		profiles: await t.profiles.all(),
		lessonProgress: await t.lessonProgress.all(),
		attempts: await t.attempts.all(),
		badges: await t.badges.all(),
		settings: await t.settings.all()
	}));
	d.profiles.sort((a, b) => cmp(a.id, b.id));
	d.lessonProgress.sort((a, b) => cmp(a.profileId, b.profileId) || cmp(a.lessonId, b.lessonId));
	d.attempts.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
	d.badges.sort((a, b) => cmp(a.profileId, b.profileId) || cmp(a.badgeId, b.badgeId));
	d.settings.sort((a, b) => cmp(a.key, b.key));
	return d;
}
