// Badge rules. Which lessons a badge needs is a fact of the course, decided at build time
// (badgeRules, run by the lesson page's server load); which badges a child holds is a pure
// function of the lessons they have done (badgesFor). The store never imports content.
import type { Band, Topic } from '$lib/content/vocab';
import type { BadgeId } from './model';

/** What the badge rules need to know about a lesson. `LessonMeta` fits as is. */
export interface CatalogueLesson {
	id: string;
	band: Band;
	topics: readonly Topic[];
}

/** A band or topic badge: held once every one of its lessons is done. */
export interface BadgeRule {
	id: BadgeId;
	lessons: string[];
}

/** One rule per band and per topic of the course, in course order. */
export function badgeRules(catalogue: readonly CatalogueLesson[]): BadgeRule[] {
	const groups = new Map<BadgeId, string[]>();
	for (const lesson of catalogue) {
		const keys: BadgeId[] = [
			`band:${lesson.band}`,
			...lesson.topics.map((x) => `topic:${x}` as const)
		];
		for (const key of keys) groups.set(key, [...(groups.get(key) ?? []), lesson.id]);
	}
	return [...groups].map(([id, lessons]) => ({ id, lessons }));
}

/** The rules a lesson can complete: finishing it can earn no other badge. */
export function rulesFor(lessonId: string, rules: readonly BadgeRule[]): BadgeRule[] {
	return rules.filter((r) => r.lessons.includes(lessonId));
}

/** The badges a child holds given the lessons done: the first lesson, then each rule met. */
export function badgesFor(done: ReadonlySet<string>, rules: readonly BadgeRule[]): BadgeId[] {
	const earned: BadgeId[] = [];
	if (done.size > 0) earned.push('first-lesson');
	for (const r of rules) if (r.lessons.every((id) => done.has(id))) earned.push(r.id);
	return earned;
}
