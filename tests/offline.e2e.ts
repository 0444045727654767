// Offline-first: after one online visit, every page the app links to opens with the network
// off (served by the service worker's precache), unknown addresses get the app's own
// "not found" page, and a lesson can be completed offline with its progress kept.
import { expect, test } from '@playwright/test';
import {
	BUILD,
	builtH1,
	finishLesson,
	lessonCard,
	normalise,
	pageLinks,
	waitForWorker,
	watchForeignRequests
} from './pwa/helpers';

test('the whole course works offline after the first visit', async ({ page, context, baseURL }) => {
	test.setTimeout(120_000);
	const home = new URL(baseURL ?? 'http://127.0.0.1:4173/');
	const origin = home.origin;
	const base = home.pathname.replace(/\/$/, '');
	const foreign = watchForeignRequests(context, origin);

	// 1. First visit, online: the worker installs, precaches the course and takes control.
	await page.goto(home.href);
	const scope = await waitForWorker(page);
	expect(scope).toBe(`${origin}${base}/`);
	const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(manifestHref).toBe(`${base}/manifest.webmanifest`);

	// 2. Offline from here on.
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByTestId('offline-indicator')).toBeVisible();
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);

	// 3. Crawl every page linked from the home page, and from those pages, offline.
	const seen = new Set<string>([home.href]);
	const queue = [home.href];
	const visited: string[] = [];
	while (queue.length) {
		const url = queue.shift()!;
		const pathname = new URL(url).pathname.slice(base.length) || '/';
		if (/\.[a-z0-9]+$/i.test(pathname)) {
			// A file (lessons.json, a printable sheet): fetched through the worker.
			const ok = await page.evaluate((u) => fetch(u).then((r) => r.ok), url);
			expect(ok, `${url} offline`).toBe(true);
			continue;
		}
		const response = await page.goto(url);
		expect(response?.ok(), `${url} offline`).toBe(true);
		const expected = builtH1(BUILD, pathname);
		const h1 = page.locator('h1').first();
		if (expected) {
			// The page's real heading, as prerendered (not an error page, not the shell).
			await expect(h1, url).toHaveText(expected, { useInnerText: true });
		} else {
			// Rendered on the client only (e.g. the learner picker): the app is there.
			await expect(page.locator('main'), url).not.toBeEmpty();
			const headings = await page.locator('h1').allInnerTexts();
			expect(
				headings.filter((h) => /^\s*\d{3}\s*$/.test(h)),
				`${url} error page`
			).toEqual([]);
		}
		visited.push(pathname);
		for (const link of await pageLinks(page, origin, base)) {
			if (!seen.has(link)) {
				seen.add(link);
				queue.push(link);
			}
		}
	}
	// Every lesson of every band and every guide was reached.
	const lessons = visited.filter((p) => /^\/\d+-\d+\/[^/]+\/$/.test(p));
	expect(lessons.length).toBeGreaterThanOrEqual(20);
	expect(visited).toContain('/phu-huynh/');
	expect(visited).toContain('/thay-co/');
	expect(visited).toContain('/tro-giup/');
	console.log(`offline: ${visited.length} pages, ${lessons.length} lessons`);

	// 4. An address the app does not have: the precached 200.html, so SvelteKit's own
	// "not found" page inside the app, not the browser's offline error.
	const missing = await page.goto(`${origin}${base}/khong-co-trang-nay/`);
	expect(missing?.status()).toBe(200);
	await expect(page.locator('header').first()).toBeVisible();
	await expect(page.locator('body')).toContainText(/404|Không tìm thấy/);
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
