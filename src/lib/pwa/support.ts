// Tiny checks the page needs at once; the registration code (workbox-window) loads later.
import { dev } from '$app/environment';

/** Service workers are available (and wanted: never on the dev server). */
export function serviceWorkerSupported(): boolean {
	return !dev && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
}

/** A service worker serves this page. */
export function hasController(): boolean {
	return serviceWorkerSupported() && Boolean(navigator.serviceWorker.controller);
}
