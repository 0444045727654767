import { guidesFor } from '$lib/server/content';

export function load() {
	return { guides: guidesFor('parents') };
}
