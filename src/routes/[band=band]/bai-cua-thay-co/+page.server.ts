import { error } from '@sveltejs/kit';
import { isBand } from '$lib/content/bands';

export function entries() {
	return [{ band: '6-8' }, { band: '9-10' }, { band: '11-14' }, { band: '15-17' }];
}

// One page per band plays any lesson a teacher kept on this device (`?id=`); the lesson
// itself comes from the device, so nothing but the band is known at build time.
export function load({ params }) {
	if (!isBand(params.band)) error(404);
	return { band: params.band };
}
