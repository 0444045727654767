import { isBand } from '$lib/content/bands';

export function match(param: string) {
	return isBand(param);
}
