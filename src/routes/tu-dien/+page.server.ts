import { error } from '@sveltejs/kit';
import { content } from '$lib/server/content';

export function load() {
	const guide = content().guides.find((g) => g.audience === 'glossary');
	if (!guide) error(404);
	return { guide };
}
