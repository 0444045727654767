import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig, type Plugin } from 'vite';
import type { ManifestTransform } from 'workbox-build';
import { contentPlugin } from './scripts/vite-content-plugin';
import { codeSplitting } from './scripts/vite-chunks';
import svelteConfig from './svelte.config.js';
import { picturesPlugin } from './scripts/vite-pictures-plugin';
import { markAdultFiles } from './scripts/adult-chunks';
import { dropDuplicatePages } from './src/lib/pwa/packs';

// The same BASE_PATH as svelte.config.js: the worker's scope, the manifest's start_url and
// the precache URLs all follow it (vite-pwa/sveltekit issue 36).
const scope = `${(process.env.BASE_PATH ?? '').replace(/\/$/, '')}/`;

/** What the worker precaches; the SvelteKit plugin adds its URL transform to this object. */
const injectManifest: { manifestTransforms?: ManifestTransform[] } & Record<string, unknown> = {
	globPatterns: [
		'client/**/*.{js,css,woff2,ico,png,svg,webp,webmanifest}',
		'prerendered/**/*.{html,json}'
	],
	// The press page's screenshots (static/truyen-thong/) are for adults online: they stay
	// out of the children's install. So do the 512 px icons (29 KB): only the manifest names
	// them, for the splash screen of an installed app, and the browser fetches them itself
	// when the app is installed; the 192 px icons and the favicon stay.
	globIgnores: [
		'server/**',
		'client/service-worker.js',
		'client/truyen-thong/**',
		'client/icons/*-512.png'
	]
};

/**
 * Marks the JS and CSS only adults' pages load (scripts/adult-chunks.ts), after the SvelteKit
 * plugin's own transform has turned build paths into URLs, so the worker puts them in the
 * adults' pack. The SvelteKit plugin builds the worker itself (no beforeBuildServiceWorker
 * hook), reading `injectManifest` when the server build closes: by then this has run.
 */
function adultPack(): Plugin {
	const mark = markAdultFiles(process.cwd());
	return {
		name: 'khien-nho:adult-pack',
		apply: 'build',
		buildStart() {
			const transforms = injectManifest.manifestTransforms;
			// Not silently: without it, every adults' chunk would ride in the first install.
			if (!transforms) this.error('the SvelteKit PWA plugin set no manifestTransforms');
			if (!transforms.includes(mark)) transforms.push(mark);
			if (!transforms.includes(dropDuplicatePages)) transforms.push(dropDuplicatePages);
		}
	};
}

/**
 * Offline-first PWA. SvelteKit bundles src/service-worker/index.ts (Workbox from
 * node_modules, no CDN); the plugin then injects the precache manifest of the whole course
 * into it. Registration is ours (src/lib/pwa/register.ts, workbox-window).
 */
const pwa = () => [
	SvelteKitPWA({
		strategies: 'injectManifest',
		injectRegister: false,
		registerType: 'prompt',
		base: scope,
		scope,
		devOptions: { enabled: false },
		kit: {
			base: scope,
			adapterFallback: '200.html',
			trailingSlash: 'always',
			// Precaches the fallback page (200.html), which is not among the prerendered pages.
			spa: true
		},
		injectManifest,
		manifest: {
			id: scope,
			name: 'Khiên Nhỏ – Tập an toàn trên mạng',
			short_name: 'Khiên Nhỏ',
			description:
				'Bài học ngắn, vui giúp trẻ em Việt Nam từ 6 đến 17 tuổi luyện kỹ năng an toàn trên mạng. Dùng được cả khi không có mạng.',
			lang: 'vi',
			dir: 'ltr',
			display: 'standalone',
			theme_color: '#0f766e',
			background_color: '#fffbf5',
			start_url: scope,
			scope,
			categories: ['education', 'kids'],
			icons: [
				{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
				{ src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
				{
					src: 'icons/maskable-192.png',
					sizes: '192x192',
					type: 'image/png',
					purpose: 'maskable'
				},
				{
					src: 'icons/maskable-512.png',
					sizes: '512x512',
					type: 'image/png',
					purpose: 'maskable'
				}
			]
		}
	}),
	adultPack()
];

export default defineConfig(({ mode }) => ({
	plugins: [
		contentPlugin({ base: svelteConfig.kit?.paths?.base ?? '' }),
		picturesPlugin(),
		sveltekit(),
		...(mode === 'test' ? [svelteTesting()] : pwa())
	],
	build: { rolldownOptions: { output: { codeSplitting } } },
	server: { host: '127.0.0.1', port: 5173 },
	preview: { host: '127.0.0.1', port: 4173 },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'jsdom',
		setupFiles: ['src/test-setup.ts'],
		globals: true,
		testTimeout: 15000
	}
}));
