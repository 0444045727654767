import { error } from '@sveltejs/kit';
import { isBand } from '$lib/content/bands';
import { bandInstruments, versionsOf } from '$lib/server/evaluation';

export function entries() {
	return [{ band: '6-8' }, { band: '9-10' }, { band: '11-14' }, { band: '15-17' }];
}

// Both forms travel with the page: which one a child gets is decided on the device.
export function load({ params }) {
	if (!isBand(params.band)) error(404);
	const { a, b, chung } = bandInstruments(params.band);
	return { band: params.band, a, b, chung, versions: versionsOf(params.band) };
}
