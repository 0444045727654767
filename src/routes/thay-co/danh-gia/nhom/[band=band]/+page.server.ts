import { error } from '@sveltejs/kit';
import { isBand } from '$lib/content/bands';
import { bandInstruments, versionsOf } from '$lib/server/evaluation';

export function entries() {
	return [{ band: '6-8' }, { band: '9-10' }, { band: '11-14' }, { band: '15-17' }];
}

// Group mode runs either form on the projector; the facilitator picks which.
export function load({ params }) {
	if (!isBand(params.band)) error(404);
	const { a, b, chung } = bandInstruments(params.band);
	return { band: params.band, a, b, chung, versions: versionsOf(params.band) };
}
