// Making a backup: every learner on the device (or one) in the versioned format of
// schema.ts BackupSchema. The browser download is the UI's (components/profiles/downloads.ts).
import { BACKUP_APP, BACKUP_VERSION, type Backup, type Profile } from './model';
import type { Store } from './store';

/** One profile (by id) or every profile on the device. */
export async function exportBackup(
	store: Store,
	profileId?: string,
	now = new Date()
): Promise<Backup> {
	const data = await store.read(async (t) => {
		const profiles = profileId
			? [await t.profiles.get(profileId)].filter((p): p is Profile => !!p)
			: await t.profiles.all();
		if (!profileId)
			return {
				profiles,
				lessonProgress: await t.lessonProgress.all(),
				attempts: await t.attempts.all(),
				badges: await t.badges.all()
			};
		return {
			profiles,
			lessonProgress: await t.lessonProgress.byProfile(profileId),
			attempts: await t.attempts.byProfile(profileId),
			badges: await t.badges.byProfile(profileId)
		};
	});
	return {
		app: BACKUP_APP,
		kind: 'backup',
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		profiles: data.profiles,
		lessonProgress: data.lessonProgress,
		// Without the device's auto-increment ids: the receiving device gives its own.
		attempts: data.attempts
			.sort((a, b) => (a.id ?? 0) - (b.id ?? 0))
			.map((a) => {
				const copy = { ...a };
				delete copy.id;
				return copy;
			}),
		badges: data.badges
	};
}

const pad = (n: number) => String(n).padStart(2, '0');
/** `khien-nho-YYYY-MM-DD.json`, local date. */
export function backupFileName(date = new Date()): string {
	return `khien-nho-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}
