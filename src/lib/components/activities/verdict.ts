// Authors often open their feedback with the verdict themselves ("Chưa đúng. ..."), so the
// UI's own verdict is only added when the text does not already say it: a screen reader
// would otherwise read "Chưa đúng" twice in a row.
function words(s: string, n: number): string {
	return s
		.toLocaleLowerCase('vi')
		.replace(/[^\p{L}\p{N}\s]/gu, ' ')
		.split(/\s+/)
		.filter(Boolean)
		.slice(0, n)
		.join(' ');
}

export function withVerdict(verdict: string, text: string): string {
	const head = words(verdict, 2);
	const body = text.trim();
	if (!body) return verdict;
	return words(body, 2) === head ? body : `${verdict} ${body}`;
}
