// The service worker as a test sees it, and the app's "new version" prompt.
import type { Page } from 'puppeteer-core';
import { has } from './ui';

export type WorkerState = 'none' | 'installing' | 'waiting' | 'active';

/** The newest worker of this page's registration. */
export function workerState(page: Page): Promise<WorkerState> {
	return page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		if (registration?.installing) return 'installing';
		if (registration?.waiting) return 'waiting';
		return registration?.active ? 'active' : 'none';
	});
}

/** Waits until a worker is active and controls the page. */
export async function waitForWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});
}

export const UPDATE_PROMPT = 'Có phiên bản mới';

/** Whether the app shows its "new version" prompt now. */
export function updatePromptShown(page: Page): Promise<boolean> {
	return has(page, 'region', UPDATE_PROMPT);
}
