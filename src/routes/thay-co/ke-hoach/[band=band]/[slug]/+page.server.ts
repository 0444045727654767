import { error } from '@sveltejs/kit';
import { content, findLesson } from '$lib/server/content';

export function entries() {
	return content().lessons.map((l) => ({ band: l.band, slug: l.slug }));
}

// The plan is for adults: everything but the screens themselves.
export function load({ params }) {
	const lesson = findLesson(params.band, params.slug);
	if (!lesson) error(404);
	const { screens: _s, ...plan } = lesson;
	return { plan };
}
