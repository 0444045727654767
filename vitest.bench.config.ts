// `npm run bench:progress`: timings of the progress store in Node, on fake-indexeddb.
// A plain config (no SvelteKit plugin): the benched modules are plain TypeScript.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	resolve: {
		alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) }
	},
	test: {
		environment: 'node',
		benchmark: { include: ['src/**/*.bench.ts'] }
	}
});
