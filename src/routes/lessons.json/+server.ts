import { json } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import type { CatalogueEntry } from '$lib/content/types';

export const prerender = true;

// The course index, fetched only when a screen needs every lesson (the resume card, the
// search, the certificate), so that the home page itself never grows with the course.
export function GET() {
	const entries: CatalogueEntry[] = content().lessons.map((l) => ({
		id: l.id,
		band: l.band,
		slug: l.slug,
		title: l.title,
		topics: l.topics,
		version: l.version,
		screens: l.screens.length
	}));
	return json(entries);
}
