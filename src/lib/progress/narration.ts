// A club leader's recorded narration on this device: per lesson and screen, in the store's
// `narration` table. The player only reads (progress.narrationFor); recording, deleting and
// packs are the adults' area's, and this module loads only there.
import type { NarrationRow } from './model';
import {
	checkPack,
	makePack,
	type NarrationPack,
	type PackCheck,
	type PackLesson
} from './narration-pack';
import type { Store } from './store';

export function lessonNarration(store: Store, lessonId: string): Promise<NarrationRow[]> {
	return store.read((t) => t.narration.byLesson(lessonId));
}

export async function saveScreen(store: Store, row: NarrationRow): Promise<void> {
	await store.write((t) => t.narration.put(row));
}

export async function deleteScreen(store: Store, lessonId: string, screen: string): Promise<void> {
	await store.write((t) => t.narration.delete([lessonId, screen]));
}

export async function exportPack(
	store: Store,
	lessonId: string,
	lessonVersion: number
): Promise<NarrationPack> {
	return makePack(lessonId, lessonVersion, await lessonNarration(store, lessonId));
}

/**
 * Check a pack, then write all of its screens in ONE transaction (a screen already recorded
 * is replaced; the lesson's other screens stay). A refused pack writes nothing.
 */
export async function importPack(
	store: Store,
	text: string,
	size: number,
	lessons: Record<string, PackLesson>
): Promise<PackCheck> {
	const check = checkPack(text, size, lessons);
	if (!check.ok) return check;
	await store.write(async (t) => {
		// Recordings of an older version of this lesson would never play again: they go.
		for (const old of await t.narration.byLesson(check.lessonId))
			if (old.lessonVersion !== check.rows[0].lessonVersion)
				await t.narration.delete([old.lessonId, old.screen]);
		await t.narration.bulkPut(check.rows);
	});
	return check;
}
