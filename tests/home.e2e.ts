import { expect, test } from '@playwright/test';

test('home offers the four age bands and help on every page', async ({ page }) => {
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Chào em');
	const bands = [
		['6-8 tuổi', 'Lớp 1-3'],
		['9-10 tuổi', 'Lớp 4-5'],
		['11-14 tuổi', 'Lớp 6-9'],
		['15-17 tuổi', 'Lớp 10-12']
	];
	for (const [age, grades] of bands) {
		const card = page.getByRole('link', { name: new RegExp(`${age}.*${grades}`) });
		await expect(card).toBeVisible();
	}
	const help = page.getByRole('link', { name: 'Cần giúp đỡ?' });
	await expect(help).toBeVisible();
	await page.getByRole('link', { name: /6-8 tuổi/ }).click();
	await expect(page).toHaveURL(/\/6-8\/$/);
	await expect(page.getByRole('link', { name: 'Cần giúp đỡ?' })).toBeVisible();
	await page.getByRole('link', { name: 'Cần giúp đỡ?' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cần giúp đỡ?');
	await expect(page.getByRole('link', { name: /Gọi 111/ }).first()).toHaveAttribute(
		'href',
		'tel:111'
	);
});

test('a child finds a lesson typing without diacritics', async ({ page }) => {
	await page.goto('./');
	await page.getByLabel('Tìm bài học').fill('bi mat');
	const result = page.getByRole('link', { name: /Bí mật tốt, bí mật xấu/ });
	await expect(result).toBeVisible();
	await result.click();
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
	await expect(page).toHaveURL(/\/6-8\/bi-mat-tot-bi-mat-xau\/$/);
});
