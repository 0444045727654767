// A school hosting the app in a sub-folder: BASE_PATH=/khien-nho at build time moves the
// pages, the manifest (start_url, scope) and the service worker (scope, precache URLs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
	ROOT,
	builtH1,
	serve,
	waitForWorker,
	watchForeignRequests,
	type Server
} from './pwa/helpers';

const BASE = '/khien-nho';
const PORT = Number(process.env.E2E_BASE_PORT ?? 4176);

let dir = '';
let server: Server;

test.beforeAll(async () => {
	test.setTimeout(240_000);
	dir = mkdtempSync(join(tmpdir(), 'khien-nho-base-'));
	const env = { ...process.env, BASE_PATH: BASE, BUILD_DIR: dir };
	execFileSync(process.execPath, [join(ROOT, 'scripts/icons.js')], { cwd: ROOT, env });
	execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: ROOT,
		env,
		stdio: ['ignore', 'ignore', 'pipe']
	});
	server = await serve(dir, PORT, BASE);
});

test.afterAll(async () => {
	await server?.stop();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

test('under /khien-nho/ the worker, the manifest and offline lessons follow the path', async ({
	page,
	context
}) => {
	const { origin, home } = server;
	const foreign = watchForeignRequests(context, origin);

	await page.goto(home);
	expect(await waitForWorker(page)).toBe(`${origin}${BASE}/`);
	expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
		`${origin}${BASE}/service-worker.js`
	);

	// The manifest is linked under the path and keeps the app inside it.
	const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(manifestHref).toBe(`${BASE}/manifest.webmanifest`);
	const manifest = await (await page.request.get(`${origin}${manifestHref}`)).json();
	expect(manifest.start_url).toBe(`${BASE}/`);
	expect(manifest.scope).toBe(`${BASE}/`);
	expect(manifest.lang).toBe('vi');
	for (const icon of manifest.icons as Array<{ src: string }>) {
		const response = await page.request.get(new URL(icon.src, `${origin}${manifestHref}`).href);
		expect(response.ok(), icon.src).toBe(true);
	}
	// (SvelteKit rewrites icon links to absolute URLs on start: compare resolved URLs.)
	const appleIcon = await page
		.locator('link[rel="apple-touch-icon"]')
		.evaluate((link) => (link as HTMLLinkElement).href);
	expect(appleIcon).toBe(`${origin}${BASE}/icons/apple-touch-icon.png`);
	expect((await page.request.get(appleIcon)).ok()).toBe(true);

	// A lesson under the path, found through the app's own links.
	await page.locator(`a[href="${BASE}/6-8/"]`).first().click();
	await expect(page).toHaveURL(`${home}6-8/`);
	const href = await page.locator('a.card').first().getAttribute('href');
	expect(href).toMatch(new RegExp(`^${BASE}/6-8/[^/]+/$`));
	const lessonPath = href!.slice(BASE.length);

	// Offline: open the lesson directly, then reload it.
	await context.setOffline(true);
	await page.goto(`${origin}${href}`);
	const heading = builtH1(dir, lessonPath);
	expect(heading).toBeTruthy();
	await expect(page.locator('h1').first()).toHaveText(heading!, { useInnerText: true });
	await page.reload();
	await expect(page.locator('h1').first()).toHaveText(heading!, { useInnerText: true });

	// Unknown page under the path: the app's own "not found" page from the precache.
	const missing = await page.goto(`${home}khong-co-trang-nay/`);
	expect(missing?.status()).toBe(200);
	await expect(page.locator('header').first()).toBeVisible();
	// The app's own Vietnamese page (src/routes/+error.svelte), with its way home.
	await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Về trang chủ' })).toBeVisible();

	expect(foreign).toEqual([]);
});
