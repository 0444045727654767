import { base } from '$app/paths';
import type { CatalogueEntry } from './types';

let pending: Promise<CatalogueEntry[]> | null = null;

/** The course index from /lessons.json, fetched once per page load (precached offline). */
export function loadCatalogue(): Promise<CatalogueEntry[]> {
	pending ??= fetch(`${base}/lessons.json`)
		.then((r) => (r.ok ? (r.json() as Promise<CatalogueEntry[]>) : []))
		.catch(() => {
			pending = null;
			return [];
		});
	return pending;
}
