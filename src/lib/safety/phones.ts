// The hotline numbers as they appear in running text, split out so they can be made into
// call links: the Markdown plugin (content/phone-links.ts) for lessons and guides, and
// PhoneText.svelte for strings from the locale files. One rule for both.
import { HOTLINES } from '../facts';

/** The numbers a child or an adult may need to call, from the facts file. */
export const PHONE_NUMBERS: readonly string[] = Object.values(HOTLINES).map((h) => h.number);

const number = `(?:${PHONE_NUMBERS.map((n) => n.replace(/\D/g, '')).join('|')})`;
/**
 * A number standing alone, or a run of them joined by "/" ("113/111"): not part of a
 * longer number, a word or a web address ("tongdai111.vn", "0111", "1113", "111a" are left
 * as they are). A full stop or comma after it is punctuation, unless more follows ("111.5").
 */
export const PHONE_PATTERN = new RegExp(
	`(?<![\\p{L}\\p{N}_./@-])${number}(?:/${number})*(?![\\p{L}\\p{N}_@]|[.,/-][\\p{L}\\p{N}])`,
	'gu'
);

export type PhonePart = { text: string; tel?: undefined } | { text: string; tel: string };

/** Text cut into plain runs and numbers; each number carries its `tel:` address. */
export function splitPhones(text: string): PhonePart[] {
	const parts: PhonePart[] = [];
	let last = 0;
	for (const m of text.matchAll(PHONE_PATTERN)) {
		const at = m.index ?? 0;
		if (at > last) parts.push({ text: text.slice(last, at) });
		m[0].split('/').forEach((n, i) => {
			if (i) parts.push({ text: '/' });
			parts.push({ text: n, tel: `tel:${n}` });
		});
		last = at + m[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last) });
	return parts;
}
