import { badgeRules, rulesFor } from '$lib/progress/badges';
import { learnersLesson, lessonEntries, lessonMeta } from '$lib/server/content';

export const entries = lessonEntries;

// Each lesson page carries only its own lesson, compiled at build time, and the badge rules
// finishing it can complete (so the player never fetches the whole course to award them).
export function load({ params }) {
	const lesson = learnersLesson(params);
	return { lesson, badges: rulesFor(lesson.id, badgeRules(lessonMeta())) };
}
