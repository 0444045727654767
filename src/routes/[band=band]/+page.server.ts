import { error } from '@sveltejs/kit';
import { isBand } from '$lib/content/bands';
import { lessonMeta } from '$lib/server/content';

export function entries() {
	return [{ band: '6-8' }, { band: '9-10' }, { band: '11-14' }, { band: '15-17' }];
}

export function load({ params }) {
	if (!isBand(params.band)) error(404);
	return { band: params.band, lessons: lessonMeta(params.band) };
}
