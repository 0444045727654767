/** A recording's size as an adult reads it: "12 KB", "1,4 MB" (Vietnamese decimal comma). */
export function formatSize(bytes: number, lang = 'vi'): string {
	const nf = (n: number) => n.toLocaleString(lang, { maximumFractionDigits: 1 });
	if (bytes < 1024 * 1024) return `${nf(Math.max(1, Math.round(bytes / 1024)))} KB`;
	return `${nf(bytes / 1024 / 1024)} MB`;
}
