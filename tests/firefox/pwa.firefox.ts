// The offline-first app in Firefox: a first visit (no false "new version" prompt while the
// worker installs, then the course offline), and a real update with its prompt. Each test
// serves the build on its own port and opens a fresh profile.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { course } from '../helpers/content';
import { builtH1 } from '../pwa/built';
import { BUILD, serve, type Server } from '../pwa/serve';
import { makeVersions } from '../pwa/versions';
import { addLearner, expectLessonStatus } from './lib/app';
import { BASE_PORT, launchFirefox, Session, type Firefox } from './lib/browser';
import { PLAYER, readSteps } from './lib/lesson';
import { activate, find, gone, press, puppeteerDriver, waitForText } from './lib/ui';
import { UPDATE_PROMPT, updatePromptShown, waitForWorker, workerState } from './lib/worker';

const INSTALL_PORT = BASE_PORT + 1;
const UPDATE_PORT = BASE_PORT + 3;

let firefox: Firefox;

beforeAll(async () => {
	firefox = await launchFirefox();
});

afterAll(async () => {
	await firefox?.close();
});

test('first visit: no update prompt during the install (reload, second tab), then offline', async () => {
	const lesson = course.lessons.find((l) => l.band === '9-10')!;
	// One precached page is held back, so the install is still running while the test acts.
	let server: Server | null = await serve(BUILD, INSTALL_PORT, {
		slow: { path: '/tu-dien/', ms: 6000 }
	});
	const { home, origin } = server;
	const session = await Session.open(firefox, origin);
	try {
		const page = await session.page();
		await page.goto(home);
		await expect.poll(() => workerState(page), { timeout: 15_000 }).toBe('installing');
		await page.reload();
		const second = await session.page();
		await second.goto(`${home}tro-giup/`);
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
		await second.close();

		await page.goto(`${home}cai-dat/`);
		await waitForText(page, 'Toàn bộ khóa học đã có trên máy này', 30_000);
		// The host is gone and the network is off: only the worker's cache can answer.
		await server.stop();
		server = null;
		await page.setOfflineMode(true);
		for (const path of ['', `${lesson.band}/${lesson.slug}/`, 'tro-giup/']) {
			const response = await page.goto(`${home}${path}`);
			expect(response?.ok(), `${path} offline`).toBe(true);
			// The app's code ran (it draws the offline strip) on the page's own content.
			await waitForText(page, 'Em đang không có mạng.');
			await find(page, 'heading', builtH1(BUILD, `/${path}`)!);
		}
		// And the lesson works: back to it, one step on.
		await page.goto(`${home}${lesson.band}/${lesson.slug}/`);
		await activate(page, 'button', PLAYER.next);
		await waitForText(page, PLAYER.step(2));
		session.expectClean();
	} finally {
		await session.close();
		await server?.stop();
	}
});

test('an update: the prompt, then the new version, progress kept', async () => {
	const versions = makeVersions();
	const { band, slug, oldTitle, newTitle } = versions.lesson;
	const lesson = course.lessons.find((l) => l.band === band && l.slug === slug)!;
	let server = await serve(versions.a, UPDATE_PORT);
	const { home } = server;
	const session = await Session.open(firefox, server.origin);
	try {
		// Version A: a learner, the worker installed, a lesson left at step 3.
		const page = await session.page();
		await addLearner(page, home, 'Bống', band);
		await waitForWorker(page);
		await readSteps(puppeteerDriver(page), home, lesson, 2);
		await page.goto(`${home}${band}/`);
		await expectLessonStatus(page, oldTitle, 'Đang học');
		expect(await updatePromptShown(page)).toBe(false);

		// The host now serves B: a reload finds it, and the app asks before switching.
		await server.stop();
		server = await serve(versions.b, UPDATE_PORT);
		await page.reload();
		const prompt = await find(page, 'region', UPDATE_PROMPT, 'exact', 30_000);
		await find(page, 'link', oldTitle, 'start');
		await press(page, await find(prompt, 'button', 'Cập nhật ngay'), 'click');
		await expectLessonStatus(page, newTitle, 'Đang học');
		await gone(page, 'region', UPDATE_PROMPT);
		await page.goto(`${home}${band}/${slug}/`);
		await waitForText(page, PLAYER.resumed(3));
		session.expectClean();
	} finally {
		await session.close();
		await server.stop();
		versions.cleanup();
	}
});
