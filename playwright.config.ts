import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/lib/chromium.js';

const port = Number(process.env.E2E_PORT ?? 4173);
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
const executablePath = process.env.CHROME_PATH || undefined;

export default defineConfig({
	testDir: 'tests',
	testMatch: /.*\.e2e\.ts$/,
	fullyParallel: false,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}${base}/`,
		trace: 'retain-on-failure',
		locale: 'vi-VN',
		launchOptions: {
			executablePath,
			args: CHROMIUM_ARGS
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		command: `node scripts/serve.js --port ${port}`,
		url: `http://127.0.0.1:${port}${base}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
