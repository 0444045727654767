// The offline-first app in Firefox: the first install (no false "new version" prompt), the
// course offline after one visit, and a real update with its prompt. Each test serves the
// build on its own port and opens a fresh profile.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUILD, serve } from '../pwa/serve';
import { BASE_PORT, launchFirefox, Session, type Firefox } from './lib/browser';
import { updatePromptShown, waitForWorker, workerState } from './lib/worker';

const INSTALL_PORT = BASE_PORT + 1;

let firefox: Firefox;

beforeAll(async () => {
	firefox = await launchFirefox();
});

afterAll(async () => {
	await firefox?.close();
});

test('first install: a reload and a second tab while it runs show no update prompt', async () => {
	// One precached page is held back, so the install is still running while the test acts.
	const server = await serve(BUILD, INSTALL_PORT, { slow: { path: '/tu-dien/', ms: 6000 } });
	const session = await Session.open(firefox, server.origin);
	try {
		const page = await session.page();
		await page.goto(server.home);
		await expect.poll(() => workerState(page), { timeout: 15_000 }).toBe('installing');
		await page.reload();
		const second = await session.page();
		await second.goto(`${server.home}tro-giup/`);
		// Both pages opened during the first install: there was nothing to update.
		expect(await workerState(second)).toBe('installing');
		for (const tab of [page, second]) await waitForWorker(tab);
		// workbox-window reports a waiting worker 200 ms after it installed: look after that.
		await new Promise((resolve) => setTimeout(resolve, 1500));
		const prompt = {
			reloaded: await updatePromptShown(page),
			second: await updatePromptShown(second)
		};
		expect(prompt, '"Có phiên bản mới" shown').toEqual({ reloaded: false, second: false });
		session.expectClean();
	} finally {
		await session.close();
		await server.stop();
	}
});
