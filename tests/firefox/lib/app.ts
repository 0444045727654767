// The app's own screens outside lessons, as the Firefox suite uses them: learners and the
// band page's lesson cards.
import type { Page } from 'puppeteer-core';
import { RANGE_A, RANGE_B, sumInWords } from '../../../src/lib/gate/challenge';
import { activate, fill, find, waitForUrl } from './ui';

/** Adds a learner on "Ai đang học?" and makes them current (the app opens their band). */
export async function addLearner(page: Page, home: string, nickname: string, band = '6-8') {
	await page.goto(`${home}nguoi-hoc/`);
	await activate(page, 'button', 'Thêm bạn học');
	await fill(page, 'Tên gọi', nickname);
	await activate(page, 'radio', `${band} tuổi`);
	await activate(page, 'button', 'Lưu');
	await waitForUrl(page, `${home}${band}/`);
}

/**
 * Waits until the lesson's card on the band page shows `status` ("Đang học", "Đã xong": the
 * learner's progress arrives a moment after the page); fails with what the card says.
 */
export async function expectLessonStatus(page: Page, title: string, status: string) {
	const card = await find(page, 'link', title, 'start');
	const ok = await page
		.waitForFunction(
			(el, s) => (el as HTMLElement).innerText.includes(s),
			{ timeout: 10_000, polling: 100 },
			card,
			status
		)
		.then(() => true)
		.catch(() => false);
	if (!ok) {
		const text = await card.evaluate((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' '));
		throw new Error(`"${title}" should show "${status}", shows: ${text}`);
	}
}

/**
 * Passes the adult gate as an adult does: reads the sum in words, types its result, holds the
 * button for two seconds (lib/gate; the Playwright twin is tests/helpers/gate.ts).
 */
export async function passGate(page: Page) {
	const question = await page.waitForFunction(
		() => document.querySelector('dialog[open] label')?.textContent?.trim() || null,
		{ timeout: 15_000, polling: 100 }
	);
	const text = String(await question.jsonValue()).toLowerCase();
	let answer: number | null = null;
	for (let a = RANGE_A[0]; a <= RANGE_A[1]; a++)
		for (let b = RANGE_B[0]; b <= RANGE_B[1]; b++)
			if (text === `${sumInWords({ a, b }, 'vi')} bằng bao nhiêu?`) answer = a + b;
	if (answer === null) throw new Error(`no sum matches "${text}"`);
	const input = await page.waitForSelector('dialog[open] input', { visible: true });
	await input!.type(String(answer));
	const hold = await find(page, 'button', 'Nhấn và giữ', 'start');
	const box = await hold.boundingBox();
	if (!box) throw new Error('the hold button has no box');
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await new Promise((done) => setTimeout(done, 2300));
	await page.mouse.up();
	await page.waitForFunction(() => !document.querySelector('dialog[open]'), { timeout: 15_000 });
}
