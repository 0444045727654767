// The app in Firefox ESR, as learners use it: home, whole lessons by taps, by the keyboard
// alone and by dragging, a learner kept across reloads, backups, and the settings page where
// Firefox differs (its storage question, no install offer). Every test opens a fresh profile
// and ends with no request to another origin, no CSP violation and no uncaught error.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { course } from '../helpers/content';
import { BUILD, serve, type Server } from '../pwa/serve';
import type { Lesson } from '../../src/lib/content/types';
import { addLearner, expectLessonStatus, passGate } from './lib/app';
import { BASE_PORT, launchFirefox, Session, type Firefox } from './lib/browser';
import { PLAYER, playLesson, readSteps } from './lib/lesson';
import {
	activate,
	bodyText,
	fill,
	find,
	labelled,
	puppeteerDriver,
	waitForText,
	waitForUrl,
	type Input
} from './lib/ui';

let firefox: Firefox;
let server: Server;

beforeAll(async () => {
	[firefox, server] = await Promise.all([launchFirefox(), serve(BUILD, BASE_PORT)]);
});

afterAll(async () => {
	await Promise.all([firefox?.close(), server?.stop()]);
});

/** Runs `body` in a fresh profile, then checks what no page may do. */
async function inFreshProfile(body: (session: Session) => Promise<void>) {
	const session = await Session.open(firefox, server.origin);
	try {
		await body(session);
		session.expectClean();
	} finally {
		await session.close();
	}
}

const lesson = (band: string, slug: string): Lesson => {
	const found = course.lessons.find((l) => l.band === band && l.slug === slug);
	if (!found) throw new Error(`no lesson ${band}/${slug}`);
	return found;
};

test('the guards see what no page may do (so a clean run means something)', async () => {
	const session = await Session.open(firefox, server.origin);
	try {
		const page = await session.page();
		await page.goto(server.home);
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'void 0';
			document.head.append(script);
			setTimeout(() => {
				throw new Error('guard check');
			});
		});
		await page.goto('http://example.com/').catch(() => undefined);
		await expect.poll(() => session.csp.length).toBeGreaterThan(0);
		await expect.poll(() => session.errors.length).toBeGreaterThan(0);
		await expect.poll(() => session.proxied).toContain('http://example.com/');
		expect(session.foreign).toContain('http://example.com/');
		expect(() => session.expectClean()).toThrow();
	} finally {
		await session.close();
	}
});

test('home: the four age bands, a search without diacritics, help with 111', async () => {
	await inFreshProfile(async (session) => {
		const page = await session.page();
		await page.goto(server.home);
		await find(page, 'heading', 'Chào em', 'start');
		for (const band of ['6-8', '9-10', '11-14', '15-17'])
			await find(page, 'link', `${band} tuổi`, 'start');
		await fill(page, 'Tìm bài học', 'bi mat');
		await activate(page, 'link', 'Bí mật tốt, bí mật xấu', { match: 'start' });
		await waitForUrl(page, `${server.home}6-8/bi-mat-tot-bi-mat-xau/`);
		await activate(page, 'link', 'Cần giúp đỡ?');
		await find(page, 'heading', 'Cần giúp đỡ?');
		const call = await find(page, 'link', 'Gọi 111', 'start');
		expect(await call.evaluate((a) => a.getAttribute('href'))).toBe('tel:111');
	});
});

// The one lesson with all five activity types, then one played with the keyboard alone.
const plays: Array<{ input: Input; lesson: Lesson; types: string[] }> = [
	{
		input: 'tap',
		lesson: lesson('15-17', 'bat-coc-online'),
		types: ['choice', 'chat', 'redflag', 'sort', 'settings']
	},
	{
		input: 'keyboard',
		lesson: lesson('9-10', 'choi-game-an-toan'),
		types: ['choice', 'chat', 'sort', 'settings']
	}
];

for (const { input, lesson: played, types } of plays) {
	test(`${input}: a whole ${played.band} lesson (${types.join(', ')}), kept after a reload`, async () => {
		expect(Object.keys(played.activityCounts).sort()).toEqual([...types].sort());
		await inFreshProfile(async (session) => {
			const page = await session.page();
			await addLearner(page, server.home, `Bạn ${input}`, played.band);
			await playLesson(puppeteerDriver(page), server.home, played, { input });
			await page.goto(`${server.home}${played.band}/`);
			// Drawn first (the band page comes from the shell and its data), then reloaded: a
			// reload while the page's code still loads would only abort that load.
			await expectLessonStatus(page, played.title, 'Đã xong');
			await page.reload();
			await expectLessonStatus(page, played.title, 'Đã xong');
		});
	});
}

test('drag: the sort cards of a 6-8 lesson dragged onto their bins with the mouse', async () => {
	const played = lesson('6-8', 'co-the-cua-em');
	await inFreshProfile(async (session) => {
		const page = await session.page();
		await addLearner(page, server.home, 'Bé Kéo');
		await playLesson(puppeteerDriver(page), server.home, played, {
			input: 'click',
			dragSort: true
		});
	});
});

test('a learner and their place in a lesson are kept across reloads', async () => {
	const played = lesson('6-8', 'bi-mat-tot-bi-mat-xau');
	await inFreshProfile(async (session) => {
		const page = await session.page();
		await addLearner(page, server.home, 'Bống');
		await readSteps(puppeteerDriver(page), server.home, played, 2);
		// Firefox leaves its storage question open: the lesson must not wait for it.
		await page.reload();
		await waitForText(page, PLAYER.resumed(3));
		await waitForText(page, PLAYER.step(3));
		await page.goto(`${server.home}6-8/`);
		await page.reload();
		await expectLessonStatus(page, played.title, 'Đang học');
		expect(await bodyText(page)).toContain('Bống');
	});
});

test('backup: downloaded, a broken file refused with data untouched, imported elsewhere', async () => {
	const played = lesson('6-8', 'ban-tay-tin-cay');
	let backup = '';
	await inFreshProfile(async (session) => {
		const page = await session.page();
		await addLearner(page, server.home, 'Na');
		await readSteps(puppeteerDriver(page), server.home, played, 1);
		await page.goto(`${server.home}cai-dat/`);
		await activate(page, 'button', 'Tải tệp sao lưu');
		backup = await downloaded(firefox.downloads);
		const parsed = JSON.parse(backup);
		expect(parsed.app).toBe('khien-nho');
		expect(parsed.profiles.map((p: { nickname: string }) => p.nickname)).toEqual(['Na']);

		// A file cut short (as an interrupted transfer leaves it): refused, nothing changes.
		const broken = join(firefox.downloads, 'broken.json');
		writeFileSync(broken, backup.slice(0, backup.length / 2));
		await (await labelled(page, 'Mở tệp sao lưu')).uploadFile(broken);
		await waitForText(page, 'Không nhập được tệp này. Dữ liệu trên máy vẫn giữ nguyên.');
		await page.goto(`${server.home}6-8/`);
		await expectLessonStatus(page, played.title, 'Đang học');
		expect(await bodyText(page)).toContain('Na');
	});
	// Another device (a fresh profile): the good file brings the learner and their progress.
	await inFreshProfile(async (session) => {
		const page = await session.page();
		const file = join(firefox.downloads, 'good.json');
		writeFileSync(file, backup);
		await page.goto(`${server.home}cai-dat/`);
		await (await labelled(page, 'Mở tệp sao lưu')).uploadFile(file);
		await waitForText(page, 'Trong tệp này có');
		await activate(page, 'button', 'Nhập vào máy này');
		await passGate(page);
		await waitForText(page, 'Đã nhập xong: 1 bạn học mới');
		await page.goto(`${server.home}nguoi-hoc/`);
		await activate(page, 'button', 'Na', { match: 'start' });
		await waitForUrl(page, `${server.home}6-8/`);
		await expectLessonStatus(page, played.title, 'Đang học');
	});
});

test('settings: the storage question still open, and how to install without an offer', async () => {
	await inFreshProfile(async (session) => {
		const page = await session.page();
		await page.goto(`${server.home}cai-dat/`);
		// Firefox asks the user; nobody answers in a test, as often nobody does at home.
		await waitForText(page, 'Đang chờ trình duyệt trả lời');
		await waitForText(page, 'tiến độ của em vẫn được lưu bình thường');
		// No beforeinstallprompt in Firefox: the card says what to do instead.
		const card = await find(page, 'region', 'Cài lên máy');
		const text = await card.evaluate((el) => (el as HTMLElement).innerText);
		expect(text).toContain('Firefox trên máy tính thường không cài được ứng dụng web.');
		expect(text).toContain('Ctrl+D');
	});
});

/** The one .json file Firefox saved in `dir` (waits for the download to finish). */
async function downloaded(dir: string): Promise<string> {
	for (let i = 0; i < 100; i++) {
		const files = readdirSync(dir);
		const done = files.filter((f) => /^khien-nho-.*\.json$/.test(f));
		if (done.length && !files.some((f) => f.endsWith('.part'))) {
			const file = join(dir, done[0]);
			if (existsSync(file) && readFileSync(file, 'utf8').trim().endsWith('}'))
				return readFileSync(file, 'utf8');
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`no backup downloaded into ${dir}: ${readdirSync(dir).join(', ')}`);
}
