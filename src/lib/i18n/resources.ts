// Locale files live in locales/<lang>/<namespace>.json, one namespace per feature.
// Vietnamese is bundled (the prerendered pages and the first render use it); other
// languages load on demand, from the precache when offline.
export type Tree = { [key: string]: string | Tree };

// Namespaces only a few pages need stay out of every page's bundle:
// - "report" (the evaluation report): its page imports every language and adds them
//   (i18n.addBundles), so it is out of the lazy languages too;
// - "media-kit" (the adults' communication kit, issue 21), "facilitator" and "training" (the
//   adults' area): their pages' layouts bring them in the adults' own chunks
//   (i18n.addPageNamespace; lib/media-kit, lib/facilitator, lib/training strings.ts);
// - "studio" and "custom" (the lesson studio, and its lessons on the band and play pages):
//   added by their modules when they load (i18n.addNamespace, lib/studio/strings.ts);
// - "voice" (the Settings card on adding a voice) and "narration" (the adults' recorder):
//   their pages hand the Vietnamese over with their own data (i18n.provide); other languages
//   load them with the rest of their strings.
const vi = import.meta.glob<Tree>(
	[
		'./locales/vi/*.json',
		'!./locales/*/report.json',
		'!./locales/vi/media-kit.json',
		'!./locales/vi/facilitator.json',
		'!./locales/vi/training.json',
		'!./locales/vi/studio.json',
		'!./locales/vi/custom.json',
		'!./locales/vi/voice.json',
		'!./locales/vi/narration.json'
	],
	{ eager: true, import: 'default' }
);
const lazy = import.meta.glob<Tree>(
	[
		'./locales/*/*.json',
		'!./locales/vi/*.json',
		'!./locales/*/report.json',
		'!./locales/*/media-kit.json',
		'!./locales/*/facilitator.json',
		'!./locales/*/training.json',
		'!./locales/*/studio.json',
		'!./locales/*/custom.json'
	],
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
