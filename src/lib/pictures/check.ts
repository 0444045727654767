// The build's picture check: a pure pass over a lesson's raw Markdown lines that finds every
// [[...]] and refuses a name the dictionary does not hold, with file:line and the nearest
// names, so a typo never ships as a missing picture.
import type { ContentError } from '../content/types';
import { PICTURES, pictureKey } from './dictionary';
import { PICTURE_RE, parseRef } from './syntax';

/** Edit distance (insert, delete, replace each cost 1), two rows at a time. */
export function levenshtein(a: string, b: string): number {
	if (a === b) return 0;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++)
			row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		prev = row;
	}
	return prev[b.length];
}

/** Up to `count` dictionary names closest to `name`, nearest first (ties: shorter, then a-z). */
export function nearestNames(name: string, count = 3, names = Object.keys(PICTURES)): string[] {
	const key = pictureKey(name);
	return names
		.map((n) => ({ n, d: levenshtein(key, n) }))
		.sort((x, y) => x.d - y.d || x.n.length - y.n.length || x.n.localeCompare(y.n, 'vi'))
		.slice(0, count)
		.map((x) => x.n);
}

export function checkPictures(source: string, file: string): ContentError[] {
	const errors: ContentError[] = [];
	const lines = source.split(/\r?\n/);
	for (const [i, line] of lines.entries()) {
		for (const m of line.matchAll(PICTURE_RE)) {
			const ref = parseRef(m[1] + (m[2] !== undefined ? `|${m[2]}` : ''));
			if (!ref.name) {
				errors.push({
					path: file,
					line: i + 1,
					message: 'hình [[...]] chưa có tên (picture has no name)'
				});
				continue;
			}
			if (Object.hasOwn(PICTURES, pictureKey(ref.name))) continue;
			const near = nearestNames(ref.name)
				.map((n) => `"${n}"`)
				.join(', ');
			errors.push({
				path: file,
				line: i + 1,
				message: `không có hình "${ref.name}" trong từ điển hình; gần nhất: ${near} (unknown picture; see content/README.md)`
			});
		}
	}
	return errors;
}
