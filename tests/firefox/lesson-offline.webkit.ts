// The same app in WebKit, the engine of every iPhone and iPad: WebKitGTK's MiniBrowser
// driven by classic WebDriver (lib/webdriver.ts). A whole lesson with all five activity
// types by clicks, and the course offline after one visit. Each test is a fresh browser.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { course } from '../helpers/content';
import { builtH1 } from '../pwa/built';
import { BUILD, serve, type Server } from '../pwa/serve';
import { BASE_PORT } from './lib/browser';
import { PLAYER, playLesson } from './lib/lesson';
import { startWebKit, WebDriverSession, webdriverDriver, type WebKit } from './lib/webdriver';

const LESSON_PORT = BASE_PORT + 4;
const OFFLINE_PORT = BASE_PORT + 5;
const DRIVER_PORT = BASE_PORT + 8;

let webkit: WebKit;

beforeAll(async () => {
	webkit = await startWebKit(DRIVER_PORT);
});

afterAll(async () => {
	await webkit?.stop();
});

/** Every resource the open page loaded from another origin (resource timing). */
function foreignResources(session: WebDriverSession, origin: string) {
	return session.execute<string[]>(
		`return performance.getEntriesByType('resource').map((e) => e.name)
			.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== arguments[0]);`,
		origin
	);
}

async function inFreshBrowser(body: (session: WebDriverSession) => Promise<void>) {
	const session = await WebDriverSession.open(webkit);
	try {
		await body(session);
	} finally {
		await session.close();
	}
}

test('WebKit: a whole lesson with all five activity types, by clicks', async () => {
	const lesson = course.lessons.find((l) => l.slug === 'bat-coc-online')!;
	expect(Object.keys(lesson.activityCounts).sort()).toEqual(
		['chat', 'choice', 'redflag', 'settings', 'sort'].sort()
	);
	const server = await serve(BUILD, LESSON_PORT);
	try {
		await inFreshBrowser(async (session) => {
			await playLesson(webdriverDriver(session), server.home, lesson, { input: 'click' });
			expect(await foreignResources(session, server.origin)).toEqual([]);
		});
	} finally {
		await server.stop();
	}
});

test('WebKit: after one visit, home, a lesson and help open with the host gone', async () => {
	const lesson = course.lessons.find((l) => l.band === '11-14')!;
	let server: Server | null = await serve(BUILD, OFFLINE_PORT);
	const { home, origin } = server;
	try {
		await inFreshBrowser(async (session) => {
			const driver = webdriverDriver(session);
			await session.goto(home);
			const controlled = await session.executeAsync<boolean>(`
				const done = arguments[arguments.length - 1];
				navigator.serviceWorker.ready.then(() => {
					if (navigator.serviceWorker.controller) return done(true);
					navigator.serviceWorker.addEventListener('controllerchange', () => done(true));
				}, () => done(false));`);
			expect(controlled).toBe(true);
			await session.goto(`${home}cai-dat/`);
			await driver.waitForText('Toàn bộ khóa học đã có trên máy này', 60_000);

			// The host is gone: only the worker's cache can answer.
			await server!.stop();
			server = null;
			for (const path of ['', `${lesson.band}/${lesson.slug}/`, 'tro-giup/']) {
				await session.goto(`${home}${path}`);
				await driver.find('heading', builtH1(BUILD, `/${path}`)!);
				expect(await foreignResources(session, origin)).toEqual([]);
			}
			// The lesson's code runs from the cache too: one step on.
			await session.goto(`${home}${lesson.band}/${lesson.slug}/`);
			await driver.press(await driver.find('button', PLAYER.next), 'click');
			await driver.waitForText(PLAYER.step(2));
		});
	} finally {
		await server?.stop();
	}
});
