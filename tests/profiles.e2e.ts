// Two children on one shared tablet: each keeps their own progress across reloads and
// switches; a backup survives clearing the device.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { course } from './helpers/content';
import { passGate } from './helpers/gate';
import { playLesson } from './helpers/play';
import { addLearner, switchTo } from './helpers/profiles';

test.use({ reducedMotion: 'reduce' });

const [first, second] = course.lessons.filter((l) => l.band === '6-8');

async function statusOf(page: Page, title: string) {
	await page.goto('6-8/');
	return page.getByRole('link', { name: new RegExp(title) });
}

test('two learners, their own progress, then backup, clear and import', async ({ page }) => {
	test.setTimeout(120_000);
	await addLearner(page, 'Na', '6-8');
	await playLesson(page, first, { input: 'click' });

	await addLearner(page, 'Tí', '6-8');
	await page.goto(`6-8/${second.slug}/`);
	await page.getByRole('button', { name: 'Tiếp', exact: true }).click();

	await page.reload();
	await expect(await statusOf(page, second.title)).toContainText('Đang học');
	await expect(await statusOf(page, first.title)).toContainText('Chưa học');

	await switchTo(page, 'Na');
	await expect(await statusOf(page, first.title)).toContainText('Đã xong');
	await expect(await statusOf(page, second.title)).toContainText('Chưa học');

	// Backup of everyone, as a download.
	await page.goto('cai-dat/');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Tải tệp sao lưu' }).click()
	]);
	const file = await download.path();
	const backup = JSON.parse(readFileSync(file!, 'utf8'));
	expect(backup.app).toBe('khien-nho');
	expect(backup.profiles.map((p: { nickname: string }) => p.nickname).sort()).toEqual(['Na', 'Tí']);
	const statuses = backup.lessonProgress.map(
		(r: { lessonId: string; status: string }) => `${r.lessonId}:${r.status}`
	);
	expect(statuses).toContain(`${first.id}:done`);
	expect(statuses).toContain(`${second.id}:in-progress`);

	// Clear the device.
	await page.getByRole('button', { name: 'Xóa toàn bộ dữ liệu trên máy này' }).click();
	await passGate(page);
	await page.getByRole('button', { name: 'Xóa', exact: true }).click();
	await expect(
		page.locator('main').getByText('Đã xóa toàn bộ dữ liệu trên máy này.')
	).toBeVisible();
	await page.goto('nguoi-hoc/');
	await expect(page.getByText('Chưa có bạn học nào trên máy này.')).toBeVisible();

	// Import it back: a preview first, then everything returns.
	await page.goto('cai-dat/');
	await page.getByLabel('Mở tệp sao lưu').setInputFiles(file!);
	await expect(page.locator('main').getByText('Trong tệp này có')).toBeVisible();
	await page.getByRole('button', { name: 'Nhập vào máy này' }).click();
	await passGate(page);
	await expect(page.locator('main').getByText(/Đã nhập xong/)).toBeVisible();
	await switchTo(page, 'Na');
	await expect(await statusOf(page, first.title)).toContainText('Đã xong');
	await switchTo(page, 'Tí');
	await expect(await statusOf(page, second.title)).toContainText('Đang học');
});

test('a nickname with markup shows as text and runs nothing', async ({ page }) => {
	const payload = '<svg/onload=alert()>';
	let dialogs = 0;
	page.on('dialog', async (d) => {
		dialogs++;
		await d.dismiss();
	});
	await addLearner(page, payload, '9-10');
	await expect(page.getByRole('link', { name: /svg\/onload/ })).toContainText(payload);
	await page.goto('nguoi-hoc/');
	await expect(page.getByRole('button', { name: new RegExp('svg/onload') })).toBeVisible();
	await expect(page.locator('main svg[onload]')).toHaveCount(0);
	await page.goto('9-10/');
	expect(dialogs).toBe(0);
});

test('a broken backup file is refused and the data stays as it was', async ({ page }) => {
	await addLearner(page, 'Bin', '6-8');
	await page.goto('cai-dat/');
	await page.getByLabel('Mở tệp sao lưu').setInputFiles({
		name: 'hong.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"app":"khien-nho","kind":"backup","version":1,"profiles":[{"id":')
	});
	await expect(
		page.locator('main').getByText('Không nhập được tệp này. Dữ liệu trên máy vẫn giữ nguyên.')
	).toBeVisible();
	await page.goto('nguoi-hoc/');
	await expect(page.getByRole('button', { name: /Bin/ })).toBeVisible();
});
