import { BANDS } from '$lib/content/bands';
import { lessonMeta } from '$lib/server/content';

// The lessons of each band, for the session log ("bài đã học").
export function load() {
	return {
		lessons: Object.fromEntries(
			BANDS.map((band) => [
				band,
				lessonMeta(band).map((l) => ({ ref: `${band}/${l.slug}`, title: l.title }))
			])
		)
	};
}
