// Lessons a teacher wrote or adapted in the studio (/thay-co/soan-bai/) and kept on this
// device. Only rows that the studio's parser accepted get here: the source for editing and
// export, the compiled learner's lesson for playing (so the player's page needs no parser).
// Several rows are written in one transaction: an import of a bundle lands whole or not at all.
import type { LearnerLesson } from '$lib/content/types';
import type { Store } from './store';

export interface CustomLessonRow {
	/** The lesson's frontmatter id; never one of the course's ids. */
	id: string;
	band: string;
	title: string;
	summary: string;
	version: number;
	/** The Markdown file as the teacher wrote it. */
	source: string;
	lesson: LearnerLesson;
	/** ms since epoch of the last save. */
	updated: number;
}

export function listCustomLessons(store: Store): Promise<CustomLessonRow[]> {
	return store.read((t) => t.customLessons.all());
}

export function getCustomLesson(store: Store, id: string): Promise<CustomLessonRow | undefined> {
	return store.read((t) => t.customLessons.get(id));
}

/** Keep every row, or none of them. */
export async function putCustomLessons(store: Store, rows: CustomLessonRow[]): Promise<void> {
	await store.write((t) => t.customLessons.bulkPut(rows));
}

export async function deleteCustomLesson(store: Store, id: string): Promise<void> {
	await store.write((t) => t.customLessons.delete(id));
}
