import { expect, type Page } from '@playwright/test';

const literal = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** Adds a learner on the "who is learning?" screen and makes it the current one. */
export async function addLearner(page: Page, nickname: string, band = '6-8') {
	await page.goto('nguoi-hoc/');
	// The button is in the prerendered page: a tap before the page has hydrated is lost (on a
	// busy two-core runner that can take seconds), so tap again until the form opens.
	await expect(async () => {
		await page.getByRole('button', { name: 'Thêm bạn học' }).click();
		await expect(page.getByLabel('Tên gọi')).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 20_000 });
	await page.getByLabel('Tên gọi').fill(nickname);
	await page.getByRole('radio', { name: `${band} tuổi` }).check();
	await page.getByRole('button', { name: 'Lưu' }).click();
	// Once saved and switched, the picker takes the learner to their band.
	await page.waitForURL(new RegExp(`/${band}/$`));
}

/** Switches to an existing learner (no picture code). */
export async function switchTo(page: Page, nickname: string) {
	await page.goto('nguoi-hoc/');
	await page.getByRole('button', { name: literal(nickname) }).click();
	// The switch is stored before the picker moves on to the band page.
	await page.waitForURL(/\/\d+-\d+\/$/);
}
