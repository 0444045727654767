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
 * A page's data is kept twice on purpose, in its HTML (inline) and in its `__data.json`: the
 * HTML answers a first load, a reload and a shared link offline with the page already drawn;
 * `__data.json` answers SvelteKit's client-side navigations (links, goto()). Without it a
 * navigation offline, or on weak Wi-Fi that looks online, shows SvelteKit's error page: its
 * client falls back to a full page load only when a route's code fails, not its data. Serving
 * every page from the 200.html shell instead would drop the HTML but paint nothing until the
 * JS runs on a slow phone. The data files of the children's pack are 246 KB gzip of 945 KB.
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
