// Locale files live in locales/<lang>/<namespace>.json, one namespace per feature.
// Vietnamese is bundled (the prerendered pages and the first render use it); other
// languages load on demand, from the precache when offline.
export type Tree = { [key: string]: string | Tree };

// Page-only namespaces (media-kit: the adults' communication kit, issue 21) are left out of
// both globs: the pages that use them bring them in their own chunk (i18n.addPageNamespace).
const vi = import.meta.glob<Tree>(['./locales/vi/*.json', '!./locales/vi/media-kit.json'], {
	eager: true,
	import: 'default'
});
const lazy = import.meta.glob<Tree>(
	['./locales/*/*.json', '!./locales/vi/*.json', '!./locales/*/media-kit.json'],
	{ import: 'default' }
);

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const nsOf = (path: string) => /\/([^/]+)\.json$/.exec(path)![1];

export const viResources: Record<string, Tree> = Object.fromEntries(
	Object.entries(vi).map(([path, tree]) => [nsOf(path), tree])
);
export const NAMESPACES = Object.keys(viResources).sort();

/** Every namespace of one language, fetched as separate chunks. */
export async function loadLanguage(lang: Language): Promise<Record<string, Tree>> {
	if (lang === 'vi') return viResources;
	const entries = Object.entries(lazy).filter(([path]) => path.startsWith(`./locales/${lang}/`));
	const trees = await Promise.all(entries.map(([, load]) => load()));
	return Object.fromEntries(entries.map(([path], i) => [nsOf(path), trees[i]]));
}
