// Helpers shared by the PWA e2e tests (offline, update, base path): extra static servers,
// waiting for the service worker, reading what the build prerendered, crawling, a lesson.
import { expect, type BrowserContext, type Page } from '@playwright/test';

export { BUILD, ROOT, serve, type Server } from './serve';
export { builtH1, builtPage, h1Of, htmlLinks, normalise } from './built';

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
