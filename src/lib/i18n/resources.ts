// Locale files live in locales/<lang>/<namespace>.json, one namespace per feature.
// Both languages are bundled: together they are a few kB and must work offline.
type Tree = { [key: string]: string | Tree };

const files = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' });

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const resources: Record<string, Record<string, Tree>> = {};
const nsSet = new Set<string>();
for (const [path, tree] of Object.entries(files)) {
	const m = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
	if (!m) continue;
	const [, lang, ns] = m;
	(resources[lang] ??= {})[ns] = tree;
	nsSet.add(ns);
}
export const NAMESPACES = [...nsSet].sort();
