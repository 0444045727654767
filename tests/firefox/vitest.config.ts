// `npm run test:firefox` (through scripts/firefox.js, which finds Firefox and the build):
// the browser tests in Firefox ESR. Vitest rather than node:test: the same `expect` (with
// `expect.poll`) and reporter as the unit tests, TypeScript with no build step, and per-test
// timeouts; a plain config (no SvelteKit plugin): these files drive a browser, they are not
// part of the app. Files run one after another, each with its own browser (two at once would
// only fight over the two cores).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	root: fileURLToPath(new URL('../..', import.meta.url)),
	resolve: {
		alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) }
	},
	test: {
		include: ['tests/firefox/**/*.{firefox,webkit}.ts'],
		environment: 'node',
		fileParallelism: false,
		// One worker for every file, modules loaded once (the course is parsed once).
		isolate: false,
		testTimeout: 60_000,
		hookTimeout: 60_000,
		retry: process.env.CI ? 1 : 0,
		reporters: ['verbose']
	}
});
