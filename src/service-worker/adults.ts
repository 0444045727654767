/// <reference lib="webworker" />
// The adults' pack: plans, group mode, printables, guides and every other page under
// /thay-co/ and /phu-huynh/ (src/lib/pwa/packs.ts). Not precached at install, so a club's
// thirty tablets download only the children's course; an adult gets the pack by the button on
// /thay-co/ or by opening one of its pages online. Its list comes from the same build
// manifest as the precache, with the same revisions: an update downloads the changed files
// of a device that has the pack (before the new worker is ready) and removes the old ones
// when it activates.
import type { PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import type { CacheStatus, PackStatus } from '../lib/pwa/protocol';

declare const self: ServiceWorkerGlobalScope;

/** Not "-precache-": Workbox's cleanupOutdatedCaches() would delete it. */
const CACHE = `khien-nho-adults-v1-${self.registration.scope}`;
/** Downloads at once: a few, so a weak connection is not flooded. */
const PARALLEL = 4;

interface Item {
	url: string;
	key: string;
}

function items(entries: Array<PrecacheEntry | string>): Item[] {
	return entries.map((entry) => {
		const { url, revision } = typeof entry === 'string' ? { url: entry, revision: null } : entry;
		const absolute = new URL(url, self.location.href);
		absolute.search = '';
		// The same cache key Workbox's precache gives a revisioned file.
		const key = revision
			? `${absolute.href}?__WB_REVISION__=${encodeURIComponent(revision)}`
			: absolute.href;
		return { url: absolute.href, key };
	});
}

export class AdultsPack {
	#items: Item[];
	/** Page URL (no query) -> cache key, with the folder spelling of `/thay-co` too. */
	#byUrl = new Map<string, string>();
	#running: Promise<CacheStatus> | null = null;

	constructor(entries: Array<PrecacheEntry | string>) {
		this.#items = items(entries);
		for (const { url, key } of this.#items) {
			this.#byUrl.set(url, key);
			if (url.endsWith('/')) this.#byUrl.set(url.slice(0, -1), key);
		}
	}

	get downloading(): boolean {
		return this.#running !== null;
	}

	/** The cache key for a request of the pack, or undefined when it is not in the pack. */
	keyFor(url: URL): string | undefined {
		return this.#byUrl.get(`${url.origin}${url.pathname}`);
	}

	async #missing(): Promise<Item[]> {
		const cache = await caches.open(CACHE);
		const cached = new Set((await cache.keys()).map((request) => request.url));
		return this.#items.filter((item) => !cached.has(item.key));
	}

	async status(): Promise<PackStatus> {
		const missing = await this.#missing();
		return {
			cached: this.#items.length - missing.length,
			total: this.#items.length,
			downloading: this.downloading
		};
	}

	/** True once any file of the pack is on this device: the adult asked for it before. */
	async wanted(): Promise<boolean> {
		if (!(await caches.has(CACHE))) return false;
		return (await (await caches.open(CACHE)).keys()).length > 0;
	}

	/** Downloads what is missing; one run at a time (a second call joins the first). */
	download(): Promise<CacheStatus> {
		this.#running ??= this.#download().finally(() => {
			this.#running = null;
		});
		return this.#running;
	}

	async #download(): Promise<CacheStatus> {
		const cache = await caches.open(CACHE);
		const queue = await this.#missing();
		const worker = async () => {
			for (let item = queue.shift(); item; item = queue.shift()) {
				try {
					const response = await fetch(item.url, { cache: 'reload', credentials: 'same-origin' });
					if (response.ok && !response.redirected) await cache.put(item.key, response);
				} catch {
					// Offline or the host is gone: the status shows what is still missing.
				}
			}
		};
		await Promise.all(Array.from({ length: PARALLEL }, worker));
		return this.status();
	}

	/** Removes the files of older builds (their keys carry another revision). */
	async cleanup(): Promise<void> {
		if (!(await caches.has(CACHE))) return;
		const cache = await caches.open(CACHE);
		const current = new Set(this.#items.map((item) => item.key));
		for (const request of await cache.keys()) {
			if (!current.has(request.url)) await cache.delete(request);
		}
	}

	/** The cached answer for a request of the pack, or null. */
	async match(key: string): Promise<Response | null> {
		const cache = await caches.open(CACHE);
		return (await cache.match(key)) ?? null;
	}
}

/**
 * Wires the pack into the worker's life: an update refreshes it at install (when this device
 * has it), activation removes old files, and its pages are answered from it, cache first. A
 * page of the pack opened online while the pack is missing starts the download.
 */
export function serveAdultsPack(pack: AdultsPack) {
	self.addEventListener('install', (event) => {
		event.waitUntil(
			pack
				.wanted()
				.then((wanted) => (wanted ? pack.download() : null))
				.catch(() => null)
		);
	});
	self.addEventListener('activate', (event) => {
		event.waitUntil(pack.cleanup().catch(() => undefined));
	});
	// A Workbox route (not a fetch listener of its own), registered after the precache and
	// before the navigation fallback, so the router answers each request once.
	registerRoute(
		({ url, request }) => request.method === 'GET' && pack.keyFor(url) !== undefined,
		async ({ url, request, event }) => {
			const hit = await pack.match(pack.keyFor(url)!);
			if (hit) return hit;
			// Not on a connection whose owner asked to save data: the button is still there.
			const saveData = request.headers.get('Save-Data') === 'on';
			if (request.mode === 'navigate' && !saveData && !pack.downloading)
				(event as ExtendableEvent).waitUntil(pack.download().catch(() => null));
			return fetch(request);
		}
	);
}
