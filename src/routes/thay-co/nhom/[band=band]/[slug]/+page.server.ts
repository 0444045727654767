import { error } from '@sveltejs/kit';
import { content, findLesson } from '$lib/server/content';

export function entries() {
	return content().lessons.map((l) => ({ band: l.band, slug: l.slug }));
}

// Group mode runs the lesson's screens and discussion questions; no adults' notes needed.
export function load({ params }) {
	const lesson = findLesson(params.band, params.slug);
	if (!lesson) error(404);
	const { facilitator: _f, parents: _p, ...forGroup } = lesson;
	return { lesson: forGroup };
}
