// Messages between the pages and the service worker (shared by both sides, no imports).

/** How much of the course this worker has in its precache. */
export interface CacheStatus {
	cached: number;
	total: number;
}

/** The adults' pack (src/service-worker/adults.ts): also whether a download is running. */
export interface PackStatus extends CacheStatus {
	downloading: boolean;
}

export type WorkerMessage =
	| { type: 'SKIP_WAITING' }
	| { type: 'GET_CACHE_STATUS' }
	| { type: 'REPAIR_CACHE' }
	| { type: 'GET_ADULTS_STATUS' }
	| { type: 'CACHE_ADULTS' };
