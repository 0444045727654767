import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BASE_PATH lets a school host the app in a sub-folder, e.g. BASE_PATH=/khien-nho.
const base = /** @type {'' | `/${string}`} */ ((process.env.BASE_PATH ?? '').replace(/\/$/, ''));

// BUILD_DIR writes the site elsewhere than build/ (the sub-path e2e test builds next to it).
const out = process.env.BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	vitePlugin: {
		// Runes for our own files only: some libraries still ship legacy-mode components.
		dynamicCompileOptions: ({ filename }) =>
			filename.includes('node_modules') ? undefined : { runes: true }
	},
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: '200.html', strict: true }),
		paths: { base, relative: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*'] },
		serviceWorker: { register: false },
		version: { pollInterval: 0 },
		// Component styles under 1 KB go inline in the page instead of costing a round trip
		// each before the first paint (a lesson had 5 blocking style sheets, now 2).
		inlineStyleThreshold: 1024,
		// Nothing injected may run and nothing may be fetched from elsewhere. Prerendered pages
		// carry the policy in a <meta> tag with hashes of SvelteKit's own inline script.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte writes style attributes (style: directives); scripts stay strict.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'media-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
