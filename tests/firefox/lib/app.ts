// The app's own screens outside lessons, as the Firefox suite uses them: learners and the
// band page's lesson cards.
import type { Page } from 'puppeteer-core';
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
