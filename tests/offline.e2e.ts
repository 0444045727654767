// Offline-first: after one online visit (and the adults' pack downloaded), every page the app links to opens with the network
// off (served by the service worker's precache), unknown addresses get the app's own
// "not found" page, and a lesson can be completed offline with its progress kept.
import { expect, test, type Page } from '@playwright/test';
import {
	BUILD,
	builtH1,
	builtPage,
	addLearner,
	finishLesson,
	lessonCard,
	h1Of,
	htmlLinks,
	normalise,
	waitForWorker,
	watchForeignRequests
} from './pwa/helpers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { precacheManifest } from '../scripts/lib/measure.js';

test('the whole course works offline after the first visit', async ({ page, context, baseURL }) => {
	test.setTimeout(120_000);
	const home = new URL(baseURL ?? 'http://127.0.0.1:4173/');
	const origin = home.origin;
	const base = home.pathname.replace(/\/$/, '');
	const foreign = watchForeignRequests(context, origin);

	// 0. A named learner, so that progress is kept in IndexedDB (a guest's is not).
	await addLearner(page, home.href);

	// 1. First visit, online: the worker installs, precaches the course and takes control.
	await page.goto(home.href);
	const scope = await waitForWorker(page);
	expect(scope).toBe(`${origin}${base}/`);
	const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(manifestHref).toBe(`${base}/manifest.webmanifest`);
	// The app says so on the settings page: every file of the course is on the device.
	await page.goto(`${home.href}cai-dat/`);
	await expect(page.getByTestId('course-status')).toHaveAttribute('data-state', 'ready');
	await expect(page.getByTestId('course-status')).toContainText('Toàn bộ khóa học đã có');
	// The check is real: a file the browser evicted shows up, and can be downloaded again.
	await page.evaluate(async () => {
		const name = (await caches.keys()).find((n) => n.includes('precache'));
		const cache = await caches.open(name!);
		const key = (await cache.keys()).find((r) => r.url.includes('lessons.json'));
		await cache.delete(key!);
	});
	await page.getByRole('button', { name: 'Kiểm tra lại' }).click();
	await expect(page.getByTestId('course-status')).toHaveAttribute('data-state', 'partial');
	await page.getByRole('button', { name: 'Tải phần còn thiếu' }).click();
	await expect(page.getByTestId('course-status')).toHaveAttribute('data-state', 'ready');
	// The adults' area is a second pack (tests/packs.e2e.ts): a teacher downloads it here.
	await page.goto(`${home.href}thay-co/`);
	// Opening it online starts the download; the button is there if it has not started.
	const download = page.getByRole('button', {
		name: 'Tải phần dành cho thầy cô để dùng không cần mạng'
	});
	await expect(page.getByTestId('adults-pack')).toHaveAttribute(
		'data-state',
		/missing|downloading|ready/
	);
	if (await download.isVisible()) await download.click();
	await expect(page.getByTestId('adults-pack')).toHaveAttribute('data-state', 'ready', {
		timeout: 60_000
	});

	// 2. Offline from here on.
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByTestId('offline-indicator')).toBeVisible();
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);

	// 3. Crawl, offline, every page the app links to, starting from the home page: each one
	// is requested through the worker and must be exactly its own prerendered page (its real
	// content, not the fallback shell, not an error page). A page whose HTML the precache leaves
	// out (a lesson, a band page: dropDuplicatePages in src/lib/pwa/packs.ts) is drawn by the
	// shell from its data: its __data.json must come from the precache byte for byte, and its
	// links are read from the page the build prerendered.
	const seen = new Set<string>([home.href]);
	const queue = [home.href];
	const visited: string[] = [];
	const { entries } = precacheManifest(readFileSync(join(BUILD, 'service-worker.js'), 'utf8'));
	const precached = new Set(entries.map((e) => e.url));
	const fromShell = (url: string) => {
		const path = new URL(url).pathname.slice(base.length + 1);
		return path !== '' && !precached.has(path);
	};
	while (queue.length) {
		const batch = queue.splice(0);
		const pages = await page.evaluate(
			(requests) =>
				Promise.all(
					requests.map(async ({ url, fetchUrl }) => {
						const response = await fetch(fetchUrl);
						return { url, ok: response.ok, text: await response.text() };
					})
				),
			batch.map((url) => ({ url, fetchUrl: fromShell(url) ? `${url}__data.json` : url }))
		);
		for (const { url, ok, text } of pages) {
			expect(ok, `${url} offline`).toBe(true);
			const pathname = new URL(url).pathname.slice(base.length) || '/';
			if (/\.[a-z0-9]+$/i.test(pathname)) continue; // a file (lessons.json, ...)
			// Byte for byte the page (or, from the shell, the data) the build prerendered.
			const built = builtPage(BUILD, pathname);
			expect(built, `${url} is a prerendered page`).not.toBeNull();
			const shell = fromShell(url);
			const expected = shell ? builtPage(BUILD, `${pathname}__data.json`) : built;
			expect(text === expected, `${url} is served from the precache`).toBe(true);
			expect(h1Of(built!) ?? '', `${url} error page`).not.toMatch(/^\d{3}$/);
			visited.push(pathname);
			for (const link of htmlLinks(shell ? built! : text, url, base)) {
				if (!seen.has(link)) {
					seen.add(link);
					queue.push(link);
				}
			}
		}
	}

	// Then pages are opened for real: they render their heading and the app's code runs (the
	// offline strip is drawn by JavaScript, so code and data came from the cache). Opened:
	// every learner page that is one of a kind (home, help, glossary, settings, privacy,
	// learners) and the first page of every other kind (a band, a lesson of each band, guides
	// for parents and teachers, printable sheets). E2E_OPEN_ALL=1 opens all of them.
	const openAll = Boolean(process.env.E2E_OPEN_ALL);
	const kinds = new Set<string>();
	const toOpen = visited.filter((pathname) => {
		const segments = pathname.split('/').filter(Boolean);
		const lesson = /^\d+-\d+$/.test(segments[0] ?? '') && segments.length === 2;
		const kind = lesson ? pathname.split('/')[1] : `${segments[0]}:${segments.length}`;
		if (!openAll && kinds.has(kind)) return false;
		kinds.add(kind);
		return true;
	});
	const open = async (tab: Page, pathname: string) => {
		const url = `${origin}${base}${pathname}`;
		expect((await tab.goto(url))?.ok(), `${url} offline`).toBe(true);
		await expect(tab.getByTestId('offline-indicator'), `${url} runs offline`).toBeVisible();
		const expected = builtH1(BUILD, pathname);
		if (/\/tap-huan\/[^/]+\/$/.test(pathname)) {
			// An adults' training module: its prerendered title gives way to the lesson player
			// once the device's adult profile is open, which may be before this line runs.
			await expect(tab.getByRole('progressbar').first(), url).toBeVisible();
		} else if (expected) {
			await expect(tab.locator('h1').first(), url).toHaveText(expected, { useInnerText: true });
		} else {
			await expect(tab.locator('main'), url).not.toBeEmpty();
		}
		const headings = await tab.locator('h1').allInnerTexts();
		expect(
			headings.filter((h) => /^\s*\d{3}\s*$/.test(h)),
			`${url} error page`
		).toEqual([]);
	};
	const second = await context.newPage();
	await Promise.all(
		[page, second].map(async (tab, i) => {
			for (let n = i; n < toOpen.length; n += 2) await open(tab, toOpen[n]);
		})
	);
	await second.close();

	// Every lesson of every band and every guide was reached.
	const lessons = visited.filter((p) => /^\/\d+-\d+\/[^/]+\/$/.test(p));
	expect(lessons.length).toBeGreaterThanOrEqual(20);
	expect(visited).toContain('/phu-huynh/');
	expect(visited).toContain('/thay-co/');
	expect(visited).toContain('/tro-giup/');
	console.log(`offline: ${visited.length} pages served, ${toOpen.length} opened`);

	// 4. An address the app does not have: the precached 200.html, so SvelteKit's own
	// "not found" page inside the app, not the browser's offline error.
	const missing = await page.goto(`${origin}${base}/khong-co-trang-nay/`);
	expect(missing?.status()).toBe(200);
	await expect(page.locator('header').first()).toBeVisible();
	// The app's own Vietnamese page (src/routes/+error.svelte), with its way home.
	await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Về trang chủ' })).toBeVisible();
	// A page address without its trailing slash is the same page.
	await page.goto(`${origin}${base}/tro-giup`);
	await expect(page.locator('h1').first()).toHaveText(builtH1(BUILD, '/tro-giup/') ?? '');

	// 5. Complete a lesson offline, arriving by in-app navigation (page data from the cache).
	await page.goto(`${origin}${base}/`);
	await page.locator(`a[href="${base}/6-8/"]`).first().click();
	await expect(page).toHaveURL(`${origin}${base}/6-8/`);
	const card = page.locator('a.card').first();
	const title = normalise(await card.locator('.title').innerText());
	await card.click();
	await expect(page).toHaveURL(new RegExp(`${base}/6-8/[^/]+/$`));
	await finishLesson(page);
	await page.getByRole('link', { name: 'Về danh sách bài' }).click();
	await expect(lessonCard(page, title)).toContainText('Đã xong');
	await page.reload();
	await expect(lessonCard(page, title)).toContainText('Đã xong');

	expect(foreign, 'requests to other origins').toEqual([]);
});
