// Two versions of the site for the update test, without a second build: A is a copy of
// build/, B is A with one lesson renamed in every page and data file that shows it, and
// the precache revisions of exactly those files bumped in B's service-worker.js (what a
// real rebuild does for a content change).
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { BUILD } from './serve';
import { precacheManifest } from '../../scripts/lib/measure.js';

export interface Versions {
	a: string;
	b: string;
	/** The renamed lesson: its band, slug, and title in A and in B. */
	lesson: { band: string; slug: string; oldTitle: string; newTitle: string };
	/** Files changed in B (relative to the site root). */
	changed: string[];
	cleanup: () => void;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/**
 * Pages carry a Content-Security-Policy with the hash of SvelteKit's inline script (which
 * holds the page data). Editing that data means updating the hash, as a rebuild would.
 */
function rehash(before: string, after: string): string {
	const old = [...before.matchAll(INLINE_SCRIPT)].map((m) => m[1]);
	const now = [...after.matchAll(INLINE_SCRIPT)].map((m) => m[1]);
	let out = after;
	old.forEach((script, i) => {
		if (now[i] !== undefined && now[i] !== script)
			out = out.split(sha256(script)).join(sha256(now[i]));
	});
	return out;
}

function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => join(d.parentPath, d.name));
}

/** The precache URL @vite-pwa/sveltekit gives a file (trailingSlash: 'always'). */
function precacheUrl(file: string): string {
	if (file === 'index.html') return '/';
	if (file.endsWith('/index.html')) return file.slice(0, -'index.html'.length);
	return file;
}

export function makeVersions(suffix = ' (bản mới)'): Versions {
	const root = mkdtempSync(join(tmpdir(), 'khien-nho-update-'));
	const a = join(root, 'a');
	const b = join(root, 'b');
	cpSync(BUILD, a, { recursive: true });
	cpSync(a, b, { recursive: true });

	const catalogue = JSON.parse(readFileSync(join(b, 'lessons.json'), 'utf8')) as Array<{
		band: string;
		slug: string;
		title: string;
	}>;
	const first = catalogue.find((l) => l.band === '6-8') ?? catalogue[0];
	const lesson = {
		band: first.band,
		slug: first.slug,
		oldTitle: first.title,
		newTitle: first.title + suffix
	};

	const changed: string[] = [];
	for (const file of files(b)) {
		if (!/\.(html|json)$/.test(file)) continue;
		const text = readFileSync(file, 'utf8');
		if (!text.includes(lesson.oldTitle)) continue;
		const changedText = text.split(lesson.oldTitle).join(lesson.newTitle);
		writeFileSync(file, file.endsWith('.html') ? rehash(text, changedText) : changedText);
		changed.push(relative(b, file).split(sep).join('/'));
	}

	// Bump the revision of each changed file in the injected precache manifest.
	const swFile = join(b, 'service-worker.js');
	const sw = readFileSync(swFile, 'utf8');
	const { text, entries: manifest } = precacheManifest(sw);
	const urls = new Map(changed.map((file) => [precacheUrl(file), file]));
	let bumped = 0;
	for (const entry of manifest) {
		const file = urls.get(entry.url);
		if (!file || entry.revision === null) continue;
		entry.revision = createHash('md5')
			.update(readFileSync(join(b, file)))
			.digest('hex');
		bumped++;
	}
	// A page with data is precached as its data only (dropDuplicatePages in src/lib/pwa/packs.ts).
	const inManifest = new Set(manifest.map((e) => e.url));
	const precached = changed.filter((file) => inManifest.has(precacheUrl(file)));
	if (bumped !== precached.length) {
		throw new Error(`bumped ${bumped} revisions for ${precached.length} changed files`);
	}
	writeFileSync(swFile, sw.replace(text, JSON.stringify(manifest)));

	return { a, b, lesson, changed, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
