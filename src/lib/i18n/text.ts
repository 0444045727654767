// Vietnamese-aware sorting and matching. A child typing "bi mat" must find "Bí mật".
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVi(a: string, b: string): number {
	return collator.compare(a, b);
}

/** Lower case, without tones or marks; đ becomes d. */
export function foldVi(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** Every word of the query appears in the text, ignoring case and diacritics. */
export function matchesVi(query: string, text: string): boolean {
	const words = foldVi(query).split(' ').filter(Boolean);
	const hay = foldVi(text);
	return words.every((w) => hay.includes(w));
}
