// Service-worker registration with workbox-window. Kept free of UI: pwa.svelte.ts loads this
// module after the page has started and turns its events into state. Nothing here reloads the
// page on its own.
import { Workbox, messageSW } from 'workbox-window';
import { base } from '$app/paths';
import { isUpdate } from './lifecycle';
import type { CacheStatus, WorkerMessage } from './protocol';
import { serviceWorkerSupported } from './support';

export interface WorkerEvents {
	/** A new version is installed and waits for the learner's agreement. */
	onWaiting: () => void;
	/**
	 * A worker took control of this page. `hadController` is false on the first visit (the
	 * new worker claims the page) and true after an update.
	 */
	onControlling: (info: { hadController: boolean }) => void;
	/** A worker is installing (first visit: the course is being downloaded). */
	onInstalling: () => void;
	/** A worker became active (first install finished). */
	onActivated: () => void;
}

/** The worker sits at the root of the app, so its scope is the base path (BASE_PATH). */
export const SW_URL = `${base}/service-worker.js`;
export const SW_SCOPE = `${base}/`;

let wb: Workbox | null = null;
let registration: ServiceWorkerRegistration | null = null;

/**
 * workbox-window registers after the `load` event; by then a browser-started update check
 * (every navigation makes one) may already be installing a new worker, which workbox-window
 * does not report. Watching the registration too catches every waiting worker.
 */
function watch(reg: ServiceWorkerRegistration, events: WorkerEvents) {
	const check = () => {
		if (isUpdate(reg, reg.waiting)) events.onWaiting();
		if (reg.installing && !reg.active) events.onInstalling();
		if (reg.active?.state === 'activated' && !reg.installing && !reg.waiting) events.onActivated();
	};
	const follow = (sw: ServiceWorker | null) => sw?.addEventListener('statechange', check);
	follow(reg.installing);
	follow(reg.waiting);
	reg.addEventListener('updatefound', () => {
		follow(reg.installing);
		check();
	});
	check();
}

export async function registerServiceWorker(
	events: WorkerEvents
): Promise<ServiceWorkerRegistration | null> {
	if (wb || !serviceWorkerSupported()) return registration;
	// Classic script (the build is one self-contained file): works in every browser with
	// service workers, including older iOS Safari without module workers.
	wb = new Workbox(SW_URL, { scope: SW_SCOPE });
	let hadController = Boolean(navigator.serviceWorker.controller);
	// workbox-window's "waiting" also fires for a first install in Firefox (see lifecycle.ts).
	// It can come before register() returns, so the registration is looked up here.
	wb.addEventListener('waiting', ({ sw }) => {
		void navigator.serviceWorker.getRegistration(SW_SCOPE).then((reg) => {
			if (isUpdate(reg, sw ?? null)) events.onWaiting();
		});
	});
	wb.addEventListener('controlling', () => {
		events.onControlling({ hadController });
		hadController = true;
	});
	wb.addEventListener('activated', () => events.onActivated());
	try {
		registration = (await wb.register()) ?? null;
	} catch {
		registration = null;
	}
	if (registration) watch(registration, events);
	return registration;
}

/** Lets the waiting worker take over; workbox-window then fires `controlling`. */
export function skipWaiting(): boolean {
	if (!wb || !registration?.waiting) return false;
	wb.messageSkipWaiting();
	return true;
}

/** Asks the server for a newer service-worker.js (same origin, no-cache). */
export async function checkForUpdate(): Promise<void> {
	try {
		await wb?.update();
	} catch {
		// Offline or the host is down: try again later.
	}
}

/** Where the first install stands: no worker yet, downloading the course, or done. */
export function workerState(): 'none' | 'installing' | 'active' {
	if (registration?.active) return 'active';
	if (registration?.installing || registration?.waiting) return 'installing';
	return 'none';
}

/** False until registration succeeded (and for good if it failed, e.g. private mode). */
export function isRegistered(): boolean {
	return registration !== null;
}

/**
 * Asks the worker that serves this page (or, on a first visit, the one installing) how much
 * of the course it has cached. Null when no worker answers in time.
 */
export async function askWorker(
	message: WorkerMessage,
	timeoutMs = 5000
): Promise<CacheStatus | null> {
	if (!serviceWorkerSupported()) return null;
	const sw =
		navigator.serviceWorker.controller ??
		registration?.active ??
		registration?.installing ??
		registration?.waiting ??
		null;
	if (!sw) return null;
	const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
	const answer = messageSW(sw, message).then(
		(data) => data as CacheStatus,
		() => null
	);
	const result = await Promise.race([answer, timeout]);
	return result && typeof result.cached === 'number' && typeof result.total === 'number'
		? result
		: null;
}
