import { error } from '@sveltejs/kit';
import { findGuide, guidesFor } from '$lib/server/content';

export function entries() {
	return guidesFor('parents').map((g) => ({ slug: g.slug }));
}

export function load({ params }) {
	const guide = findGuide('parents', params.slug);
	if (!guide) error(404);
	return { guide };
}
