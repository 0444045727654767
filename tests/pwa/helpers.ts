// Helpers shared by the PWA e2e tests (offline, update, base path): extra static servers,
// waiting for the service worker, reading what the build prerendered, crawling, a lesson.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';

export { BUILD, ROOT, serve, type Server } from './serve';

/** Waits until a service worker is active and controls the page; returns its scope. */
export async function waitForWorker(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
		return registration.scope;
	});
}

/** Records every request the pages and the worker make that leaves `origin`. */
export function watchForeignRequests(context: BrowserContext, origin: string): string[] {
	const foreign: string[] = [];
	context.on('request', (request) => {
		const url = request.url();
		if (/^(data|blob|about|chrome-extension):/.test(url)) return;
		if (new URL(url).origin !== origin) foreign.push(url);
	});
	return foreign;
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	'#39': "'"
};

export function normalise(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** The text of the first <h1> in an HTML document, or null when it has none. */
export function h1Of(html: string): string | null {
	const match = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html);
	return match ? normalise(decode(match[1].replace(/<[^>]*>/g, ' '))) : null;
}

function decode(text: string): string {
	return text.replace(/&(#?\w+);/g, (all, name: string) =>
		name.startsWith('#x')
			? String.fromCodePoint(parseInt(name.slice(2), 16))
			: name.startsWith('#') && name !== '#39'
				? String.fromCodePoint(Number(name.slice(1)))
				: (ENTITIES[name] ?? all)
	);
}

/**
 * The heading the build prerendered for `pathname` (relative to the base path), or null
 * when its HTML has none (a page drawn in the browser only).
 */
export function builtH1(dir: string, pathname: string): string | null {
	const html = builtPage(dir, pathname);
	return html === null ? null : h1Of(html);
}

/** The HTML the build prerendered for `pathname` (relative to the base path), or null. */
export function builtPage(dir: string, pathname: string): string | null {
	const file = join(dir, pathname, pathname.endsWith('/') ? 'index.html' : '');
	return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** Same-site links (no hash, no query) in an HTML document, under `basePath`. */
export function htmlLinks(html: string, pageUrl: string, basePath = ''): string[] {
	const origin = new URL(pageUrl).origin;
	const out = new Set<string>();
	for (const [, href] of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
		const url = new URL(decode(href), pageUrl);
		if (url.origin !== origin || !url.pathname.startsWith(`${basePath}/`)) continue;
		url.hash = '';
		url.search = '';
		out.add(url.href);
	}
	return [...out];
}

/**
 * Goes through the open lesson to its summary: "Tiếp" on reading steps, "Bỏ qua" on
 * activities (the visible skip button every activity has).
 */
export async function finishLesson(page: Page): Promise<void> {
	const summary = page.locator('#summary-title');
	const next = page.getByRole('button', { name: 'Tiếp', exact: true });
	const skip = page.getByRole('button', { name: 'Bỏ qua', exact: true });
	for (let i = 0; i < 80; i++) {
		if (await summary.isVisible()) return;
		// A button can vanish between the check and the click (the summary replaced the last
		// step): then look again instead of waiting for it until the test times out.
		if (await next.isVisible()) await next.click({ timeout: 3000 }).catch(() => undefined);
		else if (await skip.isVisible()) await skip.click({ timeout: 3000 }).catch(() => undefined);
		else await page.waitForTimeout(100);
	}
	await expect(summary).toBeVisible();
}

/**
 * Adds a learner through the app (/nguoi-hoc/, "Thêm bạn học") and makes them current: only
 * a named learner's progress is stored in IndexedDB (a guest's lasts one session). The app
 * then opens the learner's band page (6-8 by default).
 */
export async function addLearner(page: Page, home: string, nickname = 'Bống'): Promise<void> {
	await page.goto(`${home}nguoi-hoc/`);
	await page.getByRole('button', { name: 'Thêm bạn học' }).click();
	await page.getByLabel('Tên gọi').fill(nickname);
	await page.getByRole('button', { name: 'Lưu', exact: true }).click();
	await expect(page).toHaveURL(`${home}6-8/`);
}

/** The lesson's row on its band page (the link card holds the title and the status). */
export function lessonCard(page: Page, title: string) {
	return page.locator('a.card', { hasText: title });
}
