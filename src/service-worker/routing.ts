/// <reference lib="webworker" />
import { matchPrecache } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { FALLBACK_URL } from './precache';

/**
 * The entry pages are precached as HTML and served by the precache route (registered first).
 * A navigation that reaches this route is for a page under a band (a lesson, precached as its
 * data only: precache.ts) or for one the build does not have: it gets the precached app shell
 * (`200.html`), exactly what the static host answers online for an unknown address. SvelteKit
 * then draws the lesson from its cached `__data.json`, or its own "page not found" screen
 * instead of the browser's offline error. Links to files (a PDF in static/) go to the network.
 */
export function routeNavigations() {
	registerRoute(
		new NavigationRoute(
			async ({ request }) => {
				const shell = await matchPrecache(FALLBACK_URL);
				return shell ?? fetch(request);
			},
			{ denylist: [/\/[^/?]+\.[a-z0-9]+(?:\?.*)?$/i] }
		)
	);
}
