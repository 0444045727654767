// Two packs: the first visit precaches the children's course only; the adults' area
// (/thay-co/, /phu-huynh/) downloads as its own pack, with a progress bar, and then works
// offline; an update refreshes both packs and keeps the learner's progress.
import { expect, test, type Page } from '@playwright/test';
import {
	BUILD,
	addLearner,
	builtH1,
	lessonCard,
	serve,
	waitForWorker,
	type Server
} from './pwa/helpers';
import { makeVersions } from './pwa/versions';
import { ADULTS_PACK_BUTTON, takeAdultsPack } from './helpers/adults-pack';
import { precacheManifest } from '../scripts/lib/measure.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PORT = Number(process.env.E2E_PACKS_PORT ?? 4178);
const ADULT = /\/(thay-co|phu-huynh)\//;

/** Every URL in every cache of this origin (the worker's precache and the adults' pack). */
function cachedUrls(page: Page): Promise<Record<string, string[]>> {
	return page.evaluate(async () => {
		const out: Record<string, string[]> = {};
		for (const name of await caches.keys()) {
			out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
		}
		return out;
	});
}

/** The files the build marked as code only adults' pages load (scripts/adult-chunks.ts). */
function adultCode(): string[] {
	const { entries } = precacheManifest(readFileSync(join(BUILD, 'service-worker.js'), 'utf8'));
	return entries.filter((e) => e.pack === 'adults').map((e) => e.url);
}

let server: Server | null = null;
test.afterEach(async () => {
	await server?.stop();
	server = null;
});

test('a first visit precaches the children’s course and no adults’ page', async ({ page }) => {
	server = await serve(BUILD, PORT);
	await page.goto(server.home);
	await waitForWorker(page);
	const caches = await cachedUrls(page);
	const urls = Object.values(caches).flat();
	expect(urls.filter((url) => ADULT.test(url))).toEqual([]);
	// The children's course is all there: a lesson of each band, help, glossary, settings.
	for (const path of ['6-8/', '9-10/', '11-14/', '15-17/', 'tro-giup/', 'tu-dien/', 'cai-dat/'])
		expect(
			urls.some((url) => url.startsWith(`${server!.home}${path}`)),
			path
		).toBe(true);
	// Nothing of the adults' pack is stored before an adult asks for it.
	expect(Object.keys(caches).filter((name) => name.includes('adults'))).toEqual([]);
	// Nor the code only adults' pages load (the studio's editor, the QR reader, the report...).
	const code = adultCode();
	expect(code.length).toBeGreaterThan(20);
	expect(code.some((url) => url.endsWith('.css'))).toBe(true);
	expect(urls.filter((url) => code.some((file) => url.endsWith(`/${file}`)))).toEqual([]);
});

test('the adults’ pack downloads with progress, then plans, group mode and printables open offline', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	// One printable held back, so the download is slow enough to watch the bar.
	server = await serve(BUILD, PORT, { slow: { path: '/thay-co/in/the-111/', ms: 2500 } });
	// First visit straight to /thay-co/: the worker installs the children's pack only, and
	// the page offers the adults' pack with its button.
	await page.goto(`${server.home}thay-co/`);
	await waitForWorker(page);
	const status = page.getByTestId('adults-pack');
	await expect(status).toHaveAttribute('data-state', 'missing');
	await page.getByRole('button', { name: ADULTS_PACK_BUTTON }).click();
	await expect(status).toHaveAttribute('data-state', 'downloading');
	await expect(page.locator('progress')).toBeVisible();
	await expect(status).toContainText(/Đang tải phần dành cho thầy cô: \d+\/\d+ tệp/);
	await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
	await expect(page.locator('progress')).toHaveCount(0);
	// Reopened (now through the worker), the page says the pack is on the device.
	await page.reload();
	await expect(status).toHaveAttribute('data-state', 'ready');

	const plan = await page.locator('a[href*="/thay-co/ke-hoach/"]').first().getAttribute('href');
	const printable = '/thay-co/in/the-111/';
	expect(plan).toBeTruthy();
	await page.goto(new URL(plan!, server.home).href);
	const group = await page.locator('a[href*="/thay-co/nhom/"]').first().getAttribute('href');
	expect(group).toBeTruthy();

	await context.setOffline(true);
	for (const href of [plan!, group!, printable, '/phu-huynh/']) {
		const url = new URL(href, server.home);
		const response = await page.goto(url.href);
		expect(response?.ok(), `${href} offline`).toBe(true);
		await expect(page.getByTestId('offline-indicator'), `${href} runs offline`).toBeVisible();
		await expect(page.locator('h1').first(), href).toHaveText(builtH1(BUILD, url.pathname)!, {
			useInnerText: true
		});
	}
});

test('an update refreshes both packs and keeps progress', async ({ page, context }) => {
	test.setTimeout(120_000);
	const versions = makeVersions();
	const { band, slug, oldTitle, newTitle } = versions.lesson;
	try {
		server = await serve(versions.a, PORT);
		const home = server.home;
		await addLearner(page, home);
		await waitForWorker(page);
		await lessonCard(page, oldTitle).click();
		const next = page.getByRole('button', { name: 'Tiếp', exact: true });
		await next.click();
		await next.click();
		await expect(page.getByText('Bước 3 /')).toBeVisible();
		await takeAdultsPack(page, home);
		const planPath = `thay-co/ke-hoach/${band}/${slug}/`;
		expect(versions.changed).toContain(`${planPath}index.html`);

		// The host now serves B: the new worker installs (and refreshes the adults' pack
		// before it is ready), the learner agrees to update.
		await server.stop();
		server = await serve(versions.b, PORT);
		await page.goto(`${home}${band}/`);
		const prompt = page.getByRole('region', { name: 'Có phiên bản mới' });
		await expect(prompt).toBeVisible({ timeout: 30_000 });
		await prompt.getByRole('button', { name: 'Cập nhật ngay' }).click();
		await expect(lessonCard(page, newTitle)).toBeVisible({ timeout: 15_000 });

		// Only this build's files remain in the adults' pack: one key per file.
		const caches = await cachedUrls(page);
		const pack = Object.entries(caches).find(([name]) => name.includes('adults'))![1];
		const plans = pack.filter(
			(url) => url.includes(`/${planPath}?`) || url.endsWith(`/${planPath}`)
		);
		expect(plans).toHaveLength(1);

		await context.setOffline(true);
		await page.goto(`${home}${planPath}`);
		await expect(page.getByTestId('offline-indicator')).toBeVisible();
		await expect(page.locator('main')).toContainText(newTitle);
		await page.goto(`${home}thay-co/`);
		await expect(page.getByTestId('adults-pack')).toHaveAttribute('data-state', 'ready');
		await page.goto(`${home}${band}/`);
		await expect(lessonCard(page, newTitle)).toContainText('Đang học');
		await page.goto(`${home}${band}/${slug}/`);
		await expect(page.getByText('Mình tiếp tục từ bước 3')).toBeVisible();
	} finally {
		versions.cleanup();
	}
});
