import { error } from '@sveltejs/kit';
import { findGuide, guidesFor } from '$lib/server/content';

export function entries() {
	return guidesFor('teachers').map((g) => ({ slug: g.slug }));
}

export function load({ params }) {
	const guide = findGuide('teachers', params.slug);
	if (!guide) error(404);
	return { guide };
}
