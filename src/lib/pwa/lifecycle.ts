// Whether a waiting service worker is an update, kept apart from workbox-window so it can be
// tested without a browser.

type Workers = Pick<ServiceWorkerRegistration, 'active'>;

/**
 * A worker that waits is an update only when an older worker is active: on a first install
 * there is nothing to update (no controller, no active worker before). Firefox settles a
 * page's register() only once the first worker has installed when another page started the
 * install (a reload, a second tab): workbox-window then reports that worker as waiting, for
 * the moment before it activates, and the app would offer a "new version" that is not new.
 */
export function isUpdate(registration: Workers | null | undefined, waiting: ServiceWorker | null) {
	const active = registration?.active ?? null;
	return waiting !== null && active !== null && active !== waiting;
}
