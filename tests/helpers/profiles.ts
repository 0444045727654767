import { expect, type Page } from '@playwright/test';

/** Adds a learner on the "who is learning?" screen and makes it the current one. */
export async function addLearner(page: Page, nickname: string, band = '6-8') {
	await page.goto('nguoi-hoc/');
	await page.getByRole('button', { name: 'Thêm bạn học' }).click();
	await page.getByLabel('Tên gọi').fill(nickname);
	await page.getByRole('radio', { name: `${band} tuổi` }).check();
	await page.getByRole('button', { name: 'Lưu' }).click();
	// After adding, the picker lists the learner as current (or moves on to the band page).
	await page.goto('nguoi-hoc/');
	await expect(page.getByRole('button', { name: new RegExp(nickname) })).toBeVisible();
}

/** Switches to an existing learner (no picture code). */
export async function switchTo(page: Page, nickname: string) {
	await page.goto('nguoi-hoc/');
	await page.getByRole('button', { name: new RegExp(nickname) }).click();
}
