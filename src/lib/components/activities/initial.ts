/**
 * The letter for a generic avatar. Vietnamese given names come last ("Anh Tuấn" -> "T"),
 * and screen names often end in digits ("Bé Na 2012" -> "N"), so it is the last word that
 * starts with a letter.
 */
export function initialOf(name: string): string {
	const words = name.trim().split(/\s+/).reverse();
	const word = words.find((w) => /^\p{L}/u.test(w)) ?? words[0] ?? '';
	return word.charAt(0).toLocaleUpperCase('vi') || '?';
}
