// Byte sizes of a built site, shared by the budget test and the benchmark.
// Every figure is gzip (level 9), the way a static host sends text files.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {string} dir @returns {string[]} */
export function files(dir, out = /** @type {string[]} */ ([])) {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) files(full, out);
		else out.push(full);
	}
	return out;
}

const COMPRESSED = new Set(['.woff2', '.png', '.jpg', '.webp']);

/** Bytes on the wire: gzip for text, the file itself for formats that are already compressed. */
export function wireSize(/** @type {string} */ file) {
	const buf = readFileSync(file);
	return COMPRESSED.has(extname(file)) ? buf.length : gzipSync(buf, { level: 9 }).length;
}

/**
 * The JS and CSS a prerendered page loads: the modulepreload and stylesheet links SvelteKit
 * writes into its HTML.
 * @param {string} buildDir @param {string} route e.g. '' or '6-8/' @param {string} base
 */
export function pageAssets(buildDir, route, base = '') {
	const htmlFile = join(buildDir, route, 'index.html');
	const html = readFileSync(htmlFile, 'utf8');
	// Links may be site-absolute (/_app/...) or relative to the page (./_app, ../_app).
	const strip = (/** @type {string} */ href) => {
		const path = new URL(href, `http://site${base}/${route}`).pathname;
		return join(buildDir, path.slice(base.length).replace(/^\//, ''));
	};
	// A style sheet SvelteKit inlined is still linked, but `disabled`: the browser skips it.
	const links = [...html.matchAll(/<link\b[^>]*>/g)]
		.filter((m) => !/\sdisabled\b/.test(m[0]))
		.map((m) => ({
			rel: /\brel="([^"]+)"/.exec(m[0])?.[1] ?? '',
			href: /\bhref="([^"]+)"/.exec(m[0])?.[1] ?? ''
		}));
	const js = links.filter((l) => l.rel === 'modulepreload').map((l) => strip(l.href));
	const css = links.filter((l) => l.rel === 'stylesheet').map((l) => strip(l.href));
	const dataFile = join(buildDir, route, '__data.json');
	return {
		html: wireSize(htmlFile),
		js: js.reduce((s, f) => s + wireSize(f), 0),
		jsFiles: js.map((f) => relative(buildDir, f)),
		css: css.reduce((s, f) => s + wireSize(f), 0),
		cssFiles: css.map((f) => relative(buildDir, f)),
		data: existsSync(dataFile) ? wireSize(dataFile) : 0
	};
}

/** Files the worker does not precache (vite.config.ts globIgnores): the press screenshots. */
const NOT_PRECACHED = /^truyen-thong[\\/]/;

/** Totals over the whole build, split by kind. @param {string} buildDir */
export function buildTotals(buildDir) {
	/** @type {Record<string, number>} */
	const split = { js: 0, css: 0, html: 0, data: 0, fonts: 0, images: 0, other: 0 };
	let raw = 0;
	for (const file of files(buildDir)) {
		if (NOT_PRECACHED.test(relative(buildDir, file))) continue;
		const ext = extname(file);
		const size = wireSize(file);
		raw += statSync(file).size;
		if (ext === '.js') split.js += size;
		else if (ext === '.css') split.css += size;
		else if (ext === '.html') split.html += size;
		else if (ext === '.json' || ext === '.webmanifest') split.data += size;
		else if (ext === '.woff2' || ext === '.woff') split.fonts += size;
		else if (['.svg', '.png', '.ico', '.jpg', '.webp'].includes(ext)) split.images += size;
		else split.other += size;
	}
	const total = Object.values(split).reduce((a, b) => a + b, 0);
	return { total, raw, split };
}

/** The lesson page with the most data: the heaviest case for a learner. @param {string} buildDir */
export function heaviestLesson(buildDir) {
	let best = { route: '', size: -1 };
	for (const band of ['6-8', '9-10', '11-14', '15-17']) {
		const dir = join(buildDir, band);
		if (!existsSync(dir)) continue;
		for (const slug of readdirSync(dir)) {
			const data = join(dir, slug, '__data.json');
			if (existsSync(data) && statSync(data).size > best.size)
				best = { route: `${band}/${slug}/`, size: statSync(data).size };
		}
	}
	return best.route;
}

/**
 * The precache manifest Workbox injected into a built `service-worker.js`: its text (to
 * rewrite it) and its entries. Workbox writes the keys sorted: "pack" (when set, for the
 * adults' code), "revision", "url".
 * @param {string} sw
 * @returns {{ text: string, entries: { url: string, revision: string | null, pack?: 'adults' }[] }}
 */
export function precacheManifest(sw) {
	const match = /\[\{"(?:pack|revision)"[^\]]*\]/.exec(sw);
	if (!match) throw new Error('precache manifest not found in service-worker.js');
	return { text: match[0], entries: JSON.parse(match[0]) };
}

/**
 * The service worker's precache manifest, split into what the first install downloads and
 * the adults' pack (fetched on demand): files, gzip bytes and bytes stored on the device.
 * `isAdult` is the rule of src/lib/pwa/packs.ts (passed in: this file is plain JS); it sees
 * the whole entry, whose `pack` marks the code only adults' pages load.
 * @param {string} buildDir @param {(entry: { url: string, pack?: 'adults' }) => boolean} isAdult
 */
export function precacheTotals(buildDir, isAdult) {
	const { entries: manifest } = precacheManifest(
		readFileSync(join(buildDir, 'service-worker.js'), 'utf8')
	);
	const pack = () => ({ files: 0, gzip: 0, stored: 0 });
	const out = { install: pack(), adults: pack(), all: pack() };
	for (const entry of manifest) {
		const { url } = entry;
		const path = url === '/' ? 'index.html' : url.endsWith('/') ? `${url}index.html` : url;
		const file = join(buildDir, path);
		const sizes = { gzip: wireSize(file), stored: statSync(file).size };
		for (const p of [isAdult(entry) ? out.adults : out.install, out.all]) {
			p.files++;
			p.gzip += sizes.gzip;
			p.stored += sizes.stored;
		}
	}
	return out;
}
