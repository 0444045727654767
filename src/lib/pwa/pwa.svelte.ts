// PWA state for the whole app (one instance): connection, waiting update, install offer and
// whether the course is fully available offline. PwaShell calls start() once on the client.
import { base } from '$app/paths';
import { preloadData } from '$app/navigation';
import type * as Registration from './register';
import { hasController, serviceWorkerSupported } from './support';

/** The browser's install offer (Chromium only; not in lib.dom yet). */
interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export type CourseState =
	| 'checking' // asking the worker
	| 'preparing' // first visit: the course is being downloaded
	| 'ready' // every file of the course is on this device
	| 'partial' // some files are missing (evicted, or the download was cut short)
	| 'unsupported' // no service worker (old browser, private mode, dev server)
	| 'error'; // the worker did not answer

/** `/<band>/<slug>/` (under the base path): a lesson, never interrupted by an update. */
export function isLessonPath(pathname: string): boolean {
	const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	return /^\/\d+-\d+\/[^/]+\/?$/.test(path);
}

/** How long to wait for the new worker to take over before navigating anyway. */
const TAKEOVER_TIMEOUT = 5000;

/**
 * Resolves once the page has fetched nothing for `ms` (resource timing), or after `max`.
 */
function quiet(ms = 800, max = 2500): Promise<void> {
	return new Promise((resolve) => {
		if (typeof PerformanceObserver === 'undefined') return void setTimeout(resolve, ms);
		let timer = setTimeout(done, ms);
		const cap = setTimeout(done, max);
		const observer = new PerformanceObserver(() => {
			clearTimeout(timer);
			timer = setTimeout(done, ms);
		});
		observer.observe({ type: 'resource' });
		function done() {
			clearTimeout(timer);
			clearTimeout(cap);
			observer.disconnect();
			resolve();
		}
	});
}
/** Update checks while the app stays open (an installed app may never be reloaded). */
const UPDATE_CHECK_INTERVAL = 30 * 60 * 1000;

class Pwa {
	online = $state(true);
	/** A new version is installed and waits. */
	updateWaiting = $state(false);
	/** The learner chose "later": the prompt hides, the update applies on a later navigation. */
	updateDismissed = $state(false);
	/** The update is being applied (the page reloads in a moment). */
	applying = $state(false);
	/** Another tab applied an update: this page runs the old code until the next navigation. */
	shellStale = $state(false);

	course = $state<CourseState>('checking');
	cached = $state(0);
	total = $state(0);

	/** Set when the browser offers installation (beforeinstallprompt). */
	installOffer = $state.raw<BeforeInstallPromptEvent | null>(null);
	/** Running as an installed app (standalone window or iOS home-screen app). */
	standalone = $state(false);

	#started = false;
	#updateRequested = false;
	#target: string | null = null;
	#poll: ReturnType<typeof setTimeout> | null = null;
	#lastUpdateCheck = 0;
	#registering = false;
	/** The registration module (with workbox-window), loaded on start: not in the first JS. */
	#sw: typeof Registration | null = null;

	get updateAvailable() {
		return this.updateWaiting || this.shellStale;
	}

	/** Starts listening and registers the worker; returns a function that stops listening. */
	start = (): (() => void) => {
		if (typeof window === 'undefined' || this.#started) return () => {};
		this.#started = true;
		this.online = navigator.onLine;
		this.#detectPlatform();

		const onOnline = () => {
			this.online = true;
			void this.#maybeCheckForUpdate(true);
			void this.checkCourse();
		};
		const onOffline = () => (this.online = false);
		const onInstallOffer = (event: Event) => {
			// Keep the browser's own mini-banner away; the app shows its own button.
			event.preventDefault();
			this.installOffer = event as BeforeInstallPromptEvent;
		};
		const onInstalled = () => {
			this.installOffer = null;
			this.standalone = true;
		};
		const onVisible = () => {
			if (document.visibilityState === 'visible') void this.#maybeCheckForUpdate(false);
		};
		// A classroom projector can stay on one page for hours: look for updates now and then.
		const timer = setInterval(() => void this.#maybeCheckForUpdate(false), UPDATE_CHECK_INTERVAL);
		window.addEventListener('online', onOnline);
		window.addEventListener('offline', onOffline);
		window.addEventListener('beforeinstallprompt', onInstallOffer);
		window.addEventListener('appinstalled', onInstalled);
		document.addEventListener('visibilitychange', onVisible);

		if (!serviceWorkerSupported()) {
			this.course = 'unsupported';
		} else {
			this.#lastUpdateCheck = Date.now();
			this.#registering = true;
			void import('./register')
				.then((sw) => {
					this.#sw = sw;
					return sw.registerServiceWorker({
						onWaiting: () => {
							this.updateWaiting = true;
						},
						onControlling: ({ hadController }) => this.#onControlling(hadController),
						onInstalling: () => {
							if (!hasController()) {
								this.course = 'preparing';
								this.#schedulePoll();
							}
						},
						onActivated: () => void this.checkCourse()
					});
				})
				.catch(() => null)
				.then(() => {
					this.#registering = false;
					return this.checkCourse();
				});
		}

		return () => {
			clearInterval(timer);
			window.removeEventListener('online', onOnline);
			window.removeEventListener('offline', onOffline);
			window.removeEventListener('beforeinstallprompt', onInstallOffer);
			window.removeEventListener('appinstalled', onInstalled);
			document.removeEventListener('visibilitychange', onVisible);
			if (this.#poll) clearTimeout(this.#poll);
			this.#started = false;
		};
	};

	/** Browsers without an install offer get their own steps (platform.ts, settings page). */
	#detectPlatform() {
		const nav = navigator as Navigator & { standalone?: boolean };
		this.standalone =
			nav.standalone === true || window.matchMedia?.('(display-mode: standalone)').matches;
	}

	#onControlling(hadController: boolean) {
		if (this.#updateRequested) {
			this.#go();
		} else if (hadController) {
			// Another tab accepted an update: our code is now older than the worker's files.
			this.updateWaiting = false;
			this.shellStale = true;
		} else {
			// First visit: the worker just took control; the course is cached.
			void this.checkCourse();
		}
	}

	#go() {
		const target = this.#target;
		this.#updateRequested = false;
		if (target && target !== location.href) location.assign(target);
		else location.reload();
	}

	/**
	 * Switches to the new version: the waiting worker takes over, then the page reloads (or
	 * opens `target`, when the update happens on a navigation). Progress is in IndexedDB and
	 * is not touched by the update.
	 */
	applyUpdate = async (target?: string) => {
		if (this.applying) return;
		this.#target = target ?? null;
		this.applying = true;
		// A tap on a link starts SvelteKit's preload through the current worker: let it end,
		// then let the page go quiet. Chromium can leave the switch (and the next page load)
		// hanging when the old worker is stopped while still finishing a request.
		if (target) await preloadData(target).catch(() => undefined);
		await quiet();
		if (this.shellStale || !this.#sw?.skipWaiting()) {
			// Nothing waits (already active elsewhere): a plain load picks up the new version.
			this.#go();
			return;
		}
		this.#updateRequested = true;
		// If the worker never takes over (it went redundant), still load the page.
		setTimeout(() => {
			if (this.#updateRequested) this.#go();
		}, TAKEOVER_TIMEOUT);
	};

	dismissUpdate = () => {
		this.updateDismissed = true;
	};

	/**
	 * Whether a navigation from `from` to `to` is a good moment to apply a waiting update: the
	 * learner is not in a lesson and is not entering one.
	 */
	shouldUpdateOnNavigation(from: URL | null | undefined, to: URL): boolean {
		if (!this.updateAvailable || this.applying) return false;
		if (to.origin !== location.origin) return false;
		if (this.shellStale) return true;
		return !(from && isLessonPath(from.pathname)) && !isLessonPath(to.pathname);
	}

	#schedulePoll() {
		if (this.#poll) return;
		this.#poll = setTimeout(() => {
			this.#poll = null;
			void this.checkCourse();
		}, 1000);
	}

	/** Asks the worker how much of the course is cached, and updates `course`. */
	checkCourse = async (): Promise<void> => {
		// Before start() (a page mounting ahead of the layout) there is nothing to ask yet; while
		// switching versions the old worker must not be disturbed.
		if (!this.#started || this.applying) return;
		if (!serviceWorkerSupported()) {
			this.course = 'unsupported';
			return;
		}
		const status = (await this.#sw?.askWorker({ type: 'GET_CACHE_STATUS' })) ?? null;
		this.#apply(status);
	};

	/** Downloads what is missing from the cache (after the browser evicted some of it). */
	repairCourse = async (): Promise<void> => {
		this.course = 'checking';
		const status = (await this.#sw?.askWorker({ type: 'REPAIR_CACHE' }, 120_000)) ?? null;
		this.#apply(status);
	};

	#apply(status: { cached: number; total: number } | null) {
		if (status) {
			this.cached = status.cached;
			this.total = status.total;
		}
		if (!this.#sw?.isRegistered()) {
			// Registration refused (private browsing, blocked storage) or still under way.
			this.course = this.#registering ? 'checking' : 'unsupported';
		} else if (hasController() && status) {
			this.course = status.total > 0 && status.cached >= status.total ? 'ready' : 'partial';
		} else if (this.#sw.workerState() !== 'none' && !hasController()) {
			// First visit: downloading, or done and about to take control of the page.
			this.course = 'preparing';
			this.#schedulePoll();
		} else {
			this.course = 'error';
		}
	}

	async #maybeCheckForUpdate(force: boolean) {
		if (!this.online || !serviceWorkerSupported()) return;
		if (!force && Date.now() - this.#lastUpdateCheck < UPDATE_CHECK_INTERVAL) return;
		this.#lastUpdateCheck = Date.now();
		await this.#sw?.checkForUpdate();
	}

	/** Opens the browser's install dialog; returns whether the learner installed. */
	install = async (): Promise<boolean> => {
		const offer = this.installOffer;
		if (!offer) return false;
		await offer.prompt();
		const { outcome } = await offer.userChoice;
		// An offer can only be used once.
		this.installOffer = null;
		return outcome === 'accepted';
	};
}

export const pwa = new Pwa();
