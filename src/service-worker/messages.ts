/// <reference lib="webworker" />
import { cacheNames } from 'workbox-core';
import { getCacheKeyForURL, type PrecacheEntry } from 'workbox-precaching';
import type { CacheStatus, WorkerMessage } from '../lib/pwa/protocol';
import type { AdultsPack } from './adults';

declare const self: ServiceWorkerGlobalScope;

/** Cache keys (with their `__WB_REVISION__`) of every precache entry of this worker. */
function cacheKeys(entries: Array<PrecacheEntry | string>): string[] {
	return entries.map((entry) => {
		const url = new URL(typeof entry === 'string' ? entry : entry.url, self.location.href).href;
		return getCacheKeyForURL(url) ?? url;
	});
}

async function missingKeys(keys: string[]): Promise<string[]> {
	const cache = await caches.open(cacheNames.precache);
	const cached = new Set((await cache.keys()).map((request) => request.url));
	return keys.filter((key) => !cached.has(key));
}

async function status(keys: string[]): Promise<CacheStatus> {
	const missing = await missingKeys(keys);
	return { cached: keys.length - missing.length, total: keys.length };
}

/**
 * Downloads the entries missing from the precache (evicted by the browser, or an install
 * cut short), the way Workbox would at install time.
 */
async function repair(keys: string[]): Promise<CacheStatus> {
	const cache = await caches.open(cacheNames.precache);
	for (const key of await missingKeys(keys)) {
		try {
			const response = await fetch(key, { cache: 'reload' });
			if (response.ok) await cache.put(key, response);
		} catch {
			// Offline or the host is gone: the status will still show what is missing.
		}
	}
	return status(keys);
}

export function listenForMessages(entries: Array<PrecacheEntry | string>, pack: AdultsPack) {
	let keys: string[] | null = null;
	self.addEventListener('message', (event) => {
		const message = event.data as WorkerMessage | undefined;
		const port = event.ports[0];
		switch (message?.type) {
			// Sent by workbox-window's messageSkipWaiting() once the learner agrees to update.
			case 'SKIP_WAITING':
				void self.skipWaiting();
				break;
			case 'GET_CACHE_STATUS':
			case 'REPAIR_CACHE': {
				keys ??= cacheKeys(entries);
				const work = message.type === 'REPAIR_CACHE' ? repair(keys) : status(keys);
				event.waitUntil(work.then((result) => port?.postMessage(result)));
				break;
			}
			// The adults' pack: its status (polled for the progress bar), and its download.
			case 'GET_ADULTS_STATUS':
				event.waitUntil(pack.status().then((result) => port?.postMessage(result)));
				break;
			case 'CACHE_ADULTS':
				event.waitUntil(
					pack
						.download()
						.then(() => pack.status())
						.then((result) => port?.postMessage(result))
				);
				break;
		}
	});
}
