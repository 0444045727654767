import { lessonAt, lessonEntries } from '$lib/server/content';

export const entries = lessonEntries;

export function load({ params }) {
	const lesson = lessonAt(params);
	return { card: { title: lesson.title, band: lesson.band, keyMessages: lesson.keyMessages } };
}
