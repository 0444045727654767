// npm run content:check [-- --json]: validates every lesson and guide under content/.
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { formatError, loadContent, summary } from '../src/lib/content/load';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const json = process.argv.includes('--json');
const dirArg = process.argv.find((a) => a.startsWith('--dir='));
const set = loadContent({ root, contentDir: dirArg ? resolve(dirArg.slice(6)) : undefined });

if (json) {
	process.stdout.write(JSON.stringify(summary(set), null, 2) + '\n');
} else {
	for (const e of set.errors) console.error(formatError(e));
	const bands = new Map<string, number>();
	for (const l of set.lessons) bands.set(l.band, (bands.get(l.band) ?? 0) + 1);
	const perBand = [...bands].map(([b, n]) => `${b}: ${n}`).join(', ');
	console.log(
		`${set.files} tệp · ${set.lessons.length} bài học (${perBand || 'chưa có'}) · ${set.guides.length} tài liệu · ${set.errors.length} lỗi`
	);
}
process.exitCode = set.errors.length ? 1 : 0;
