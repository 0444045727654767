import { content } from '$lib/server/content';
import { BANDS } from '$lib/content/bands';

// The home page carries four numbers, never the lesson list: its size must not grow
// with the course.
export function load() {
	const lessons = content().lessons;
	return {
		counts: Object.fromEntries(BANDS.map((b) => [b, lessons.filter((l) => l.band === b).length]))
	};
}
