// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './resources';

// Read the files themselves: the app bundles only Vietnamese and loads the rest on demand.
const resources: Record<string, Record<string, Tree>> = Object.fromEntries(
	LANGUAGES.map((lang) => [
		lang,
		Object.fromEntries(
			readdirSync(join('src/lib/i18n/locales', lang))
				.filter((f) => f.endsWith('.json'))
				.map((f) => [
					f.replace(/\.json$/, ''),
					JSON.parse(readFileSync(join('src/lib/i18n/locales', lang, f), 'utf8'))
				])
		)
	])
);

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
	return Object.entries(tree).flatMap(([k, v]) =>
		typeof v === 'string' || Array.isArray(v) ? [prefix + k] : keys(v, `${prefix}${k}.`)
	);
}

// Plural forms differ by language (Vietnamese has one, English two): compare base keys.
const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');

function sourceFiles(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) sourceFiles(full, out);
		else if (/\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts')) out.push(full);
	}
	return out;
}

describe('locale files', () => {
	it('have the same namespaces in every language', () => {
		const vi = Object.keys(resources.vi).sort();
		for (const lang of LANGUAGES) expect(Object.keys(resources[lang]).sort()).toEqual(vi);
	});

	it('have the same keys in every language', () => {
		for (const ns of Object.keys(resources.vi)) {
			const vi = new Set(keys(resources.vi[ns]).map(base));
			const en = new Set(keys(resources.en[ns]).map(base));
			const onlyVi = [...vi].filter((k) => !en.has(k)).map((k) => `${ns}:${k}`);
			const onlyEn = [...en].filter((k) => !vi.has(k)).map((k) => `${ns}:${k}`);
			expect({ onlyVi, onlyEn }).toEqual({ onlyVi: [], onlyEn: [] });
		}
	});

	it('have no empty strings', () => {
		for (const lang of LANGUAGES)
			for (const [ns, tree] of Object.entries(resources[lang])) {
				const empty = keys(tree).filter((k) => {
					const v = k.split('.').reduce<unknown>((o, p) => (o as Tree)?.[p], tree);
					return typeof v === 'string' && !v.trim();
				});
				expect(empty, `${lang}/${ns}`).toEqual([]);
			}
	});

	it('hold every literal key the code asks for', () => {
		const missing: string[] = [];
		for (const file of sourceFiles('src')) {
			const src = readFileSync(file, 'utf8');
			for (const m of src.matchAll(/\bt[l]?\(\s*'([a-z]+):([a-zA-Z0-9_.-]+)'\s*[,)]/g)) {
				const [, ns, key] = m;
				const tree = resources.vi[ns];
				const flat = tree ? new Set(keys(tree).map(base)) : new Set<string>();
				if (!flat.has(key)) missing.push(`${file}: ${ns}:${key}`);
			}
		}
		expect(missing).toEqual([]);
	});
});
