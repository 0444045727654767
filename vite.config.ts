import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vite';
import { contentPlugin } from './scripts/vite-content-plugin.ts';

export default defineConfig(({ mode }) => ({
	plugins: [contentPlugin(), sveltekit(), ...(mode === 'test' ? [svelteTesting()] : [])],
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
