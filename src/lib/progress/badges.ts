// Badge rules: a pure function of the lessons done and the course. The store never imports
// content: callers pass the lessons they have.
import type { Band, Topic } from '$lib/content/vocab';
import type { BadgeId } from './model';

/** What the badge rules need to know about a lesson. `LessonMeta` fits as is. */
export interface CatalogueLesson {
	id: string;
	band: Band;
	topics: readonly Topic[];
}

/** The badges a child holds given the lessons done: the first lesson, then every band and topic completed. */
export function badgesFor(done: ReadonlySet<string>, catalogue: readonly CatalogueLesson[]) {
	const earned: BadgeId[] = [];
	if (done.size > 0) earned.push('first-lesson');
	const groups = new Map<BadgeId, string[]>();
	for (const lesson of catalogue) {
		const keys: BadgeId[] = [
			`band:${lesson.band}`,
			...lesson.topics.map((x) => `topic:${x}` as const)
		];
		for (const key of keys) groups.set(key, [...(groups.get(key) ?? []), lesson.id]);
	}
	for (const [key, ids] of groups) if (ids.every((id) => done.has(id))) earned.push(key);
	return earned;
}
