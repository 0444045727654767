/// <reference lib="webworker" />
import { matchPrecache } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { FALLBACK_URL } from './precache';

/**
 * Every page of the course is precached and served by the precache route (registered
 * first). A navigation that reaches this route is for a page the build does not have: it
 * gets the precached app shell (`200.html`), exactly what the static host answers online,
 * so SvelteKit shows its own "page not found" screen instead of the browser's offline error.
 * Links to files (a PDF in static/, say) are left to the network.
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
