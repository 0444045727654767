// How the player speaks to a learner: "em" to 6-10, "bạn" to 11-17, as the teen lessons do.
// Strings that address the learner have a `_teen` form (i18next's context), so components
// stay one per job and pick the words by band.
import type { TOptions } from 'i18next';
import type { Band } from '$lib/content/bands';
import { t } from '$lib/i18n/i18n.svelte';

export function isTeen(band: Band): boolean {
	return band === '11-14' || band === '15-17';
}

/** t() in the learner's voice: a key's `_teen` form for 11-17, when it has one. */
export function tv(band: Band, key: string, options?: TOptions): string {
	return t(key, isTeen(band) ? { ...options, context: 'teen' } : options);
}

/**
 * Where a text calls the reader "em", as a whole word. "trẻ em" (children) is a word of its
 * own, and "xem", "thêm", "đem" only contain the letters.
 */
export function addressesAsEm(text: string): string[] {
	const found: string[] = [];
	const s = text.normalize('NFC');
	for (const m of s.matchAll(/(?<![\p{L}\p{M}])em(?![\p{L}\p{M}])/giu)) {
		const before = s.slice(0, m.index).toLocaleLowerCase('vi');
		if (/trẻ\s+$/u.test(before)) continue;
		found.push(s.slice(Math.max(0, m.index - 25), m.index + 25));
	}
	return found;
}
