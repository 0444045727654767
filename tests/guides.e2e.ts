// Every guide for adults renders, and prints on A4 with nothing clipped.
import { expect, test } from '@playwright/test';
import { course, guideRoutes } from './helpers/content';
import { checkPrint } from './helpers/print';

test('every guide renders and prints to A4', async ({ page }) => {
	test.setTimeout(180_000);
	const guides = course.guides.filter((g) => g.audience !== 'glossary');
	expect(guides.filter((g) => g.audience === 'parents').length).toBeGreaterThanOrEqual(6);
	expect(guides.filter((g) => g.audience === 'teachers').length).toBeGreaterThanOrEqual(4);
	for (const [i, route] of guideRoutes.entries()) {
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto(route);
		await expect(page.getByRole('heading', { level: 1, name: guides[i].title })).toBeVisible();
		for (const item of guides[i].toc)
			await expect(page.getByRole('heading', { level: 2, name: item.title })).toBeVisible();
		await checkPrint(page, `guide-${guides[i].slug}`, 8);
	}
});

test('the glossary and the lists for adults are reachable from home without crossing a lesson', async ({
	page
}) => {
	await page.goto('./');
	await page.getByRole('link', { name: 'Dành cho phụ huynh' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Dành cho phụ huynh' })).toBeVisible();
	await page.getByRole('link', { name: 'Từ điển các thuật ngữ' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Từ điển');
	await checkPrint(page, 'glossary', 10);
	await page.goto('./');
	await page.getByRole('link', { name: 'Dành cho thầy cô' }).first().click();
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
});
