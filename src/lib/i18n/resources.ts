// Locale files live in locales/<lang>/<namespace>.json, one namespace per feature.
// Vietnamese is bundled (the prerendered pages and the first render use it); other
// languages load on demand, from the precache when offline.
export type Tree = { [key: string]: string | Tree };

// Namespaces of a few adults' pages (the evaluation report: report.json) stay out of both:
// the page that needs one imports it and adds it (i18n.addBundles), so no other page
// carries it.
const vi = import.meta.glob<Tree>(['./locales/vi/*.json', '!./locales/*/report.json'], {
	eager: true,
	import: 'default'
});
const lazy = import.meta.glob<Tree>(
	['./locales/*/*.json', '!./locales/vi/*.json', '!./locales/*/report.json'],
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
