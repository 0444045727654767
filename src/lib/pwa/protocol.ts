// Messages between the pages and the service worker (shared by both sides, no imports).

/** How much of the course this worker has in its precache. */
export interface CacheStatus {
	cached: number;
	total: number;
}

export type WorkerMessage =
	{ type: 'SKIP_WAITING' } | { type: 'GET_CACHE_STATUS' } | { type: 'REPAIR_CACHE' };
