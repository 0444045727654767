// @vitest-environment node
// Every key the store can hand to the UI (errors, avatars, pictures) exists in both languages.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/locales/en/progress.json';
import vi from '$lib/i18n/locales/vi/progress.json';
import { AVATARS, PICTURES } from './model';

type Tree = { [k: string]: string | Tree };
const has = (tree: Tree, key: string) =>
	typeof key.split('.').reduce<unknown>((o, k) => (o as Tree | undefined)?.[k], tree) === 'string';

const dir = 'src/lib/progress';
const sources = readdirSync(dir)
	.filter((f) => f.endsWith('.ts') && !f.includes('.test.') && !f.includes('.bench.'))
	.map((f) => readFileSync(join(dir, f), 'utf8'))
	.join('\n');

const used = new Set<string>([
	...[...sources.matchAll(/'progress:([a-zA-Z.-]+)'/g)].map((m) => m[1]),
	...[...sources.matchAll(/\bE\('([a-zA-Z]+)'\)/g)].map((m) => `backup.errors.${m[1]}`),
	...[...sources.matchAll(/^\s+'([a-zA-Z]+)',?$/gm)]
		.map((m) => `backup.errors.${m[1]}`)
		.filter((k) => has(vi as Tree, k)),
	...AVATARS.map((a) => `avatars.${a}`),
	...PICTURES.map((p) => `pictures.${p}`)
]);

describe('progress translation keys', () => {
	it('finds the keys the code uses', () => {
		expect(used.size).toBeGreaterThan(40);
		expect(used).toContain('errors.quota');
		expect(used).toContain('backup.errors.newerVersion');
	});
	it.each([
		['vi', vi],
		['en', en]
	])('%s has them all', (_lang, tree) => {
		expect([...used].filter((k) => !has(tree as Tree, k))).toEqual([]);
	});
});
