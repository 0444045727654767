import { isBand } from '$lib/content/vocab';

export function match(param: string) {
	return isBand(param);
}
