import { expect, test } from '@playwright/test';
import { axe } from './helpers/axe';
import { allRoutes, course } from './helpers/content';

test.use({ bypassCSP: true });

test.describe('axe finds nothing at WCAG 2.2 A/AA', () => {
	test('every route', async ({ page }) => {
		test.setTimeout(240_000);
		const failures: Record<string, unknown> = {};
		for (const route of allRoutes) {
			await page.goto(route);
			await page.waitForLoadState('networkidle');
			const violations = await axe(page);
			if (violations.length) failures[route] = violations;
		}
		expect(failures).toEqual({});
	});

	test('every route in English too (a sample)', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		const failures: Record<string, unknown> = {};
		for (const route of [
			'',
			'6-8/',
			'tro-giup/',
			'cai-dat/',
			course.lessons[0] ? `${course.lessons[0].band}/${course.lessons[0].slug}/` : ''
		]) {
			await page.goto(route);
			await page.waitForLoadState('networkidle');
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			const violations = await axe(page);
			if (violations.length) failures[route] = violations;
		}
		expect(failures).toEqual({});
	});
});
