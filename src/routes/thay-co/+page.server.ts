import { guidesFor, lessonMeta } from '$lib/server/content';
import { BANDS } from '$lib/content/bands';

export function load() {
	// Only what the list shows: the page must not carry whole lessons.
	const lessons = BANDS.map((band) => ({
		band,
		lessons: lessonMeta(band).map(({ id, slug, title, duration }) => ({
			id,
			slug,
			title,
			duration
		}))
	}));
	return { guides: guidesFor('teachers'), lessons };
}
