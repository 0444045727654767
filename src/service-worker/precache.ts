/// <reference lib="webworker" />
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';

/** Precache key of the static host's fallback page (adapter-static `fallback`). */
export const FALLBACK_URL = '200.html';

/**
 * `/6-8` (no trailing slash) is the same page as `/6-8/`: static hosts redirect it, so the
 * worker looks it up under the folder URL too. Files (anything with an extension) are left.
 */
function folderVariant({ url }: { url: URL }): URL[] {
	if (url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname)) return [];
	const folder = new URL(url.href);
	folder.pathname += '/';
	return [folder];
}

/**
 * A page's data is cached once. Entry pages (home, the band pages, help, settings...) are
 * precached as HTML, drawn before any JS runs; each of them is small. The pages under a band
 * (every lesson, the band's check) are precached as their `__data.json` only: their HTML
 * repeated the same data inline, and was 444 KB gzip of a 1.14 MB first install. A client-side
 * navigation reads the data file; a reload or a shared link offline gets the 200.html shell
 * (routing.ts), which draws the page from the same data once the app's code has started.
 * Which pages: isShellServedPage() in src/lib/pwa/packs.ts, applied at build (vite.config.ts).
 *
 * Caches every entry of the children's pack (revisioned, so an update only downloads what
 * changed) and answers requests for them from the cache first.
 */
export function precacheCourse(entries: Array<PrecacheEntry | string>) {
	cleanupOutdatedCaches();
	precacheAndRoute(entries, {
		// Pages are precached under their folder URL (`6-8/`), as trailingSlash: 'always' links
		// them; `index.html` is only a second spelling of the same page.
		directoryIndex: 'index.html',
		cleanURLs: false,
		// A static host ignores the query string, so the cache does too: SvelteKit asks for
		// `__data.json?x-sveltekit-invalidated=…`, links may carry `?utm_…`.
		ignoreURLParametersMatching: [/.*/],
		urlManipulation: folderVariant
	});
	return entries;
}
