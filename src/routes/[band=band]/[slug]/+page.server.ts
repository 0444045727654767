import { error } from '@sveltejs/kit';
import { content, findLesson } from '$lib/server/content';

export function entries() {
	return content().lessons.map((l) => ({ band: l.band, slug: l.slug }));
}

// Each lesson page carries only its own lesson, compiled at build time.
export function load({ params }) {
	const lesson = findLesson(params.band, params.slug);
	if (!lesson) error(404);
	const { facilitator: _f, parents: _p, ...forLearner } = lesson;
	return { lesson: forLearner };
}
