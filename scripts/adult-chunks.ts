// Which built files only the adults' pages use (studio editor, QR reader, report, media kit,
// training...), so they go to the adults' pack instead of the children's first install.
// The path prefix rule of src/lib/pwa/packs.ts sees pages, not the JS and CSS they load:
// this reads the client build's Vite manifest and follows every import, static and dynamic,
// from the children's pages and from the adults' pages. A file reached from any children's
// page (or the app's entry) stays in the first install; only a file reached from adults'
// pages alone moves. Anything it cannot place stays with the children (the safe side).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAdultPath } from '../src/lib/pwa/packs';

/** One chunk of `.vite/manifest.json` (the fields used here). */
export interface ViteChunk {
	file: string;
	isEntry?: boolean;
	imports?: string[];
	dynamicImports?: string[];
	css?: string[];
	assets?: string[];
}
export type ViteManifest = Record<string, ViteChunk>;

/** SvelteKit's route nodes: `.svelte-kit/generated/client-optimized/nodes/N.js`. */
export const isNode = (key: string) => /\/nodes\/\d+\.js$/.test(key);

/**
 * The files (as in the precache: `_app/immutable/chunks/X.js`) that only adult nodes reach.
 * `adultNode(key)` says whether a route node belongs to the adults' area.
 */
export function adultOnlyFiles(
	manifest: ViteManifest,
	adultNode: (key: string) => boolean
): Set<string> {
	const reach = (roots: string[]) => {
		const files = new Set<string>();
		const seen = new Set<string>();
		const stack = [...roots];
		while (stack.length) {
			const key = stack.pop()!;
			if (seen.has(key)) continue;
			seen.add(key);
			const chunk = manifest[key];
			if (!chunk) continue;
			files.add(chunk.file);
			for (const f of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(f);
			// The app's entry imports every node lazily: each node is a root of its own side.
			for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])])
				if (!isNode(next) || !adultNode(next) || roots.includes(next)) stack.push(next);
		}
		return files;
	};
	const keys = Object.keys(manifest);
	const adultRoots = keys.filter((k) => isNode(k) && adultNode(k));
	// Every other entry: the app's entry and start, the children's nodes, the root layout and
	// error page; and any dynamic entry no node claims (kept with the children).
	const childRoots = keys.filter((k) => manifest[k].isEntry && !adultRoots.includes(k));
	const children = reach(childRoots);
	const adults = reach(adultRoots);
	return new Set([...adults].filter((f) => !children.has(f)));
}

/** True when the route files a node re-exports all sit under the adults' folders. */
export function nodeIsAdult(source: string): boolean {
	const routes = [...source.matchAll(/src\/routes\/([^"']*)/g)].map((m) => m[1]);
	return routes.length > 0 && routes.every((r) => isAdultPath(r));
}

/** Reads the finished client build in `.svelte-kit` (after Vite's client build). */
export function adultOnlyFilesOfBuild(root: string): Set<string> {
	const manifest = JSON.parse(
		readFileSync(join(root, '.svelte-kit/output/client/.vite/manifest.json'), 'utf8')
	) as ViteManifest;
	return adultOnlyFiles(manifest, (key) => nodeIsAdult(readFileSync(join(root, key), 'utf8')));
}

/**
 * A Workbox manifest transform: entries of files only adults' pages load get `pack: "adults"`
 * (Workbox keeps extra fields; src/lib/pwa/packs.ts reads it). Runs after the client build.
 */
export function markAdultFiles(root: string) {
	return async <T extends { url: string }>(entries: T[]) => {
		const adult = adultOnlyFilesOfBuild(root);
		const manifest = entries.map((entry) =>
			adult.has(entry.url.replace(/^\/+/, '')) ? { ...entry, pack: 'adults' as const } : entry
		);
		return { manifest, warnings: [] };
	};
}
