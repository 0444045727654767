// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adultOnlyFiles, markAdultFiles, nodeIsAdult, type ViteManifest } from './adult-chunks';

const N = (i: number) => `.svelte-kit/generated/client-optimized/nodes/${i}.js`;
// A small client build: node 0 the root layout, 3 a lesson, 4 the studio, 5 the report.
const manifest: ViteManifest = {
	'.svelte-kit/generated/client-optimized/app.js': {
		file: '_app/immutable/entry/app.js',
		isEntry: true,
		imports: ['_shell.js'],
		dynamicImports: [N(0), N(3), N(4), N(5)]
	},
	'_shell.js': { file: '_app/immutable/chunks/shell.js' },
	[N(0)]: { file: '_app/immutable/nodes/0.js', isEntry: true, imports: ['_shell.js'] },
	[N(3)]: {
		file: '_app/immutable/nodes/3.js',
		isEntry: true,
		imports: ['_player.js'],
		css: ['_app/immutable/assets/3.css']
	},
	'_player.js': {
		file: '_app/immutable/chunks/player.js',
		css: ['_app/immutable/assets/player.css']
	},
	[N(4)]: {
		file: '_app/immutable/nodes/4.js',
		isEntry: true,
		imports: ['_player.js'],
		dynamicImports: ['_editor.js'],
		css: ['_app/immutable/assets/4.css']
	},
	'_editor.js': { file: '_app/immutable/chunks/editor.js', css: ['_app/immutable/assets/cm.css'] },
	[N(5)]: { file: '_app/immutable/nodes/5.js', isEntry: true, dynamicImports: ['_jsqr.js'] },
	'_jsqr.js': { file: '_app/immutable/chunks/jsqr.js' }
};
const adult = (key: string) => key === N(4) || key === N(5);

describe('the code only adults’ pages load', () => {
	it('moves what adult nodes alone reach, static or dynamic, with their CSS', () => {
		expect([...adultOnlyFiles(manifest, adult)].sort()).toEqual([
			'_app/immutable/assets/4.css',
			'_app/immutable/assets/cm.css',
			'_app/immutable/chunks/editor.js',
			'_app/immutable/chunks/jsqr.js',
			'_app/immutable/nodes/4.js',
			'_app/immutable/nodes/5.js'
		]);
	});

	it('keeps what a children’s page shares with adults (the player) in the first install', () => {
		const files = adultOnlyFiles(manifest, adult);
		for (const f of ['player.js', 'shell.js', 'nodes/3.js', 'nodes/0.js', 'entry/app.js'])
			expect(
				[...files].some((x) => x.endsWith(f)),
				f
			).toBe(false);
		expect(files.has('_app/immutable/assets/player.css')).toBe(false);
		// A children's page that starts to load the editor keeps it with the children.
		const shared = structuredClone(manifest);
		shared[N(3)].dynamicImports = ['_editor.js'];
		expect(adultOnlyFiles(shared, adult).has('_app/immutable/chunks/editor.js')).toBe(false);
	});

	it('knows an adults’ node by the route files it re-exports', () => {
		const page = (p: string) =>
			`export { default as component } from "../../../../src/routes/${p}/+page.svelte";`;
		expect(nodeIsAdult(page('thay-co/soan-bai'))).toBe(true);
		expect(nodeIsAdult(page('phu-huynh/tap-huan/[slug]'))).toBe(true);
		expect(nodeIsAdult(page('[band=band]/[slug]'))).toBe(false);
		expect(nodeIsAdult(page('tro-giup'))).toBe(false);
		// A node of a page and a universal load: adult only if both are.
		expect(
			nodeIsAdult(
				`${page('thay-co')}\nexport * as universal from "../../../../src/routes/+page.ts";`
			)
		).toBe(false);
		// The root layout names no route folder: children's.
		expect(nodeIsAdult('export { default as component } from "../components/layout.svelte";')).toBe(
			false
		);
	});

	it('marks the manifest entries of those files, and no others', async () => {
		// The build as the transform finds it: the Vite manifest and the generated nodes.
		const root = mkdtempSync(join(tmpdir(), 'kn-chunks-'));
		const write = (path: string, text: string) => {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		};
		write('.svelte-kit/output/client/.vite/manifest.json', JSON.stringify(manifest));
		const route = (p: string) =>
			`export { default as component } from "../../../../src/routes/${p}";`;
		write(N(0), 'export { default as component } from "../../../../src/routes/+layout.svelte";');
		write(N(3), route('[band=band]/[slug]/+page.svelte'));
		write(N(4), route('thay-co/soan-bai/+page.svelte'));
		write(N(5), route('thay-co/danh-gia/bao-cao/+page.svelte'));
		const entries = [
			{ url: '_app/immutable/chunks/editor.js', revision: null },
			{ url: '_app/immutable/chunks/player.js', revision: null },
			{ url: '_app/immutable/nodes/5.js', revision: null },
			{ url: 'thay-co/', revision: 'a1' }
		];
		const { manifest: out } = await markAdultFiles(root)(entries);
		expect(out.map((e) => ('pack' in e ? e.pack : null))).toEqual(['adults', null, 'adults', null]);
		// A build that is not there is an error, not a silent "nothing is adult".
		await expect(markAdultFiles(join(root, 'nowhere'))(entries)).rejects.toThrow(/manifest\.json/);
	});
});
