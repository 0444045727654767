import { learnersLesson, lessonEntries } from '$lib/server/content';

export const entries = lessonEntries;

// Group mode runs the lesson's screens and discussion questions; no adults' notes needed.
export function load({ params }) {
	return { lesson: learnersLesson(params) };
}
