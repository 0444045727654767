import { content } from '$lib/server/content';
import { BANDS } from '$lib/content/vocab';

// Every lesson, with what a narration pack is checked against (id, version, screen count).
export function load() {
	const lessons = content().lessons;
	return {
		bands: BANDS.map((band) => ({
			band,
			lessons: lessons
				.filter((l) => l.band === band)
				.map((l) => ({
					id: l.id,
					slug: l.slug,
					title: l.title,
					version: l.version,
					screens: l.screens.length
				}))
		}))
	};
}
