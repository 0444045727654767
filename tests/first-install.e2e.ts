// First visit: while the service worker installs for the first time, a reload and a second
// tab see no "Có phiên bản mới": there is nothing to update (no controller, no older worker).
// Firefox showed the prompt there (its register() settles once the new worker is installed,
// and workbox-window reported that worker as waiting); the same test runs in the Firefox
// suite (tests/firefox/pwa.firefox.ts).
import { expect, test, type Page } from '@playwright/test';
import { BUILD, serve, waitForWorker } from './pwa/helpers';

const PORT = Number(process.env.E2E_INSTALL_PORT ?? 4177);

function workerState(page: Page) {
	return page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		if (registration?.installing) return 'installing';
		if (registration?.waiting) return 'waiting';
		return registration?.active ? 'active' : 'none';
	});
}

/**
 * Firefox (and the specification's job queue) settles a page's register() only once the
 * install already running for another page has finished: the new worker is then "waiting"
 * for a moment before it activates. Chromium settles at once. Holding the promise back the
 * same way here gives Chromium's run of this test Firefox's timing.
 */
function registerLikeFirefox() {
	const container = navigator.serviceWorker;
	const register = container.register.bind(container);
	container.register = async (...args: Parameters<typeof register>) => {
		const running = (await container.getRegistration())?.installing ?? null;
		const registration = await register(...args);
		if (running) {
			await new Promise<void>((resolve) => {
				const settled = () => running.state !== 'installing' && resolve();
				running.addEventListener('statechange', settled);
				settled();
			});
		}
		return registration;
	};
}

for (const timing of ['chromium', 'firefox'] as const) {
	test(`a reload and a second tab during the first install show no update prompt (${timing} timing)`, async ({
		page,
		context
	}) => {
		if (timing === 'firefox') await context.addInitScript(registerLikeFirefox);
		// One precached page is held back, so the install is still running while the test acts.
		const server = await serve(BUILD, PORT, { slow: { path: '/tu-dien/', ms: 6000 } });
		try {
			await page.goto(server.home);
			await expect.poll(() => workerState(page)).toBe('installing');
			await page.reload();
			const second = await context.newPage();
			await second.goto(`${server.home}tro-giup/`);
			expect(await workerState(second)).toBe('installing');
			for (const tab of [page, second]) await waitForWorker(tab);
			// workbox-window reports a waiting worker 200 ms after it installed: look after that.
			await page.waitForTimeout(1500);
			for (const tab of [page, second])
				await expect(tab.getByRole('region', { name: 'Có phiên bản mới' })).toHaveCount(0);
		} finally {
			await server.stop();
		}
	});
}
