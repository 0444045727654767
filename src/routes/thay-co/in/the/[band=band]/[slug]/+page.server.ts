import { error } from '@sveltejs/kit';
import { content, findLesson } from '$lib/server/content';

export function entries() {
	return content().lessons.map((l) => ({ band: l.band, slug: l.slug }));
}

export function load({ params }) {
	const lesson = findLesson(params.band, params.slug);
	if (!lesson) error(404);
	return { card: { title: lesson.title, band: lesson.band, keyMessages: lesson.keyMessages } };
}
