import { learnersLesson, lessonEntries } from '$lib/server/content';

export const entries = lessonEntries;

// Each lesson page carries only its own lesson, compiled at build time.
export function load({ params }) {
	return { lesson: learnersLesson(params) };
}
