import { lessonMeta } from '$lib/server/content';

// The studio's list of course lessons to copy from, and the ids a kept lesson must not take.
// The sources themselves are fetched only when a teacher copies one (nguon.json).
export function load() {
	return {
		lessons: lessonMeta().map(({ id, band, slug, title, path }) => ({
			id,
			band,
			slug,
			title,
			path
		}))
	};
}
