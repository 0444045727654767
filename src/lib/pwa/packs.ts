// The two packs of the offline course (shared by the worker, the budget test and the bench;
// no imports). The children's pack is precached when the worker installs; the adults' pack
// (plans, group mode, printables, guides, and every page added later under these folders,
// with the code only those pages load) is downloaded when an adult asks for it or first
// opens one of its pages.

/** Folders of the adults' area, relative to the base path. A new page under one is adult. */
export const ADULT_PREFIXES = ['thay-co/', 'phu-huynh/'] as const;

/**
 * True for a precache URL (relative to the app's root, as in the manifest: `thay-co/`,
 * `phu-huynh/cha-me/__data.json`) or a path (`/thay-co/in/the-111/`) of the adults' area.
 */
export function isAdultPath(path: string): boolean {
	const relative = path.replace(/^\.?\/+/, '');
	return ADULT_PREFIXES.some((prefix) => relative.startsWith(prefix));
}

export interface PackEntry {
	url: string;
	revision?: string | null;
	/** Set at build for JS and CSS only adults' pages load (scripts/adult-chunks.ts). */
	pack?: 'adults';
}

/** True for a manifest entry of the adults' pack: a page of its folders, or their code. */
export function isAdultEntry(entry: PackEntry | string): boolean {
	if (typeof entry === 'string') return isAdultPath(entry);
	return entry.pack === 'adults' || isAdultPath(entry.url);
}

/** Splits the build's precache manifest into the children's and the adults' lists. */
export function splitPacks<T extends PackEntry | string>(
	entries: readonly T[]
): { children: T[]; adults: T[] } {
	const children: T[] = [];
	const adults: T[] = [];
	for (const entry of entries) (isAdultEntry(entry) ? adults : children).push(entry);
	return { children, adults };
}

/**
 * The children's pages whose HTML the first install leaves out: every page but the start page
 * whose `__data.json` is precached (the lessons, the band pages, the band's check, glossary,
 * settings). Their HTML repeats that data inline (a lesson page is about 12 KB gzip, its data
 * 10 KB), so precaching both kept each page twice. The worker answers them with the 200.html
 * shell, which draws the page from its cached data once the app's code has started; the start
 * page and the pages without data (help, privacy, learners) keep their HTML, drawn before any
 * JS runs. The adults' pack is left as it is. Online, every page still comes prerendered.
 */
export function dropDuplicatePages<T extends PackEntry>(entries: T[]) {
	const urls = new Set(entries.map((e) => e.url));
	const duplicate = (e: T) =>
		e.url.endsWith('/') && e.url !== '/' && !isAdultEntry(e) && urls.has(`${e.url}__data.json`);
	return { manifest: entries.filter((e) => !duplicate(e)), warnings: [] as string[] };
}
