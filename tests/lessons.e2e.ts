// Every lesson of every band plays from its first screen to its summary without a glitch.
import { expect, test, type Page } from '@playwright/test';
import { course } from './helpers/content';
import type { Lesson } from '../src/lib/content/types';
import { BANDS } from '../src/lib/content/vocab';

async function walk(page: Page, lesson: Lesson) {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	await page.goto(`${lesson.band}/${lesson.slug}/`);
	for (const [i, screen] of lesson.screens.entries()) {
		const where = `${lesson.path} screen ${i + 1}`;
		if (screen.kind === 'step') {
			await expect(page.getByRole('heading', { level: 1, name: screen.title }), where).toBeVisible();
			await page.getByRole('button', { name: 'Tiếp', exact: true }).click();
		} else {
			// The activity shows its prompt, the help link and a skip button with no penalty.
			await expect(page.getByRole('link', { name: 'Chuyện này đã xảy ra với em' }), where).toBeVisible();
			await page.getByRole('button', { name: 'Bỏ qua' }).click();
		}
	}
	await expect(page.getByRole('heading', { name: 'Em đã học xong bài này!' })).toBeVisible();
	for (const message of lesson.keyMessages) await expect(page.getByText(message)).toBeVisible();
	await expect(page.getByText('Đó không bao giờ là lỗi của em.')).toBeVisible();
	await expect(page.getByRole('link', { name: /Gọi 111/ })).toHaveAttribute('href', 'tel:111');
	expect(errors, lesson.path).toEqual([]);
}

for (const band of BANDS) {
	test(`every lesson of band ${band} plays from start to end`, async ({ page }) => {
		test.setTimeout(180_000);
		const lessons = course.lessons.filter((l) => l.band === band);
		expect(lessons.length).toBeGreaterThanOrEqual(6);
		for (const lesson of lessons) await walk(page, lesson);
	});
}

test('a learner can leave a lesson and come back to the same step', async ({ page }) => {
	const lesson = course.lessons[0];
	await page.goto(`${lesson.band}/${lesson.slug}/`);
	await page.getByRole('button', { name: 'Tiếp', exact: true }).click();
	const second = lesson.screens[1];
	if (second.kind === 'step') await expect(page.getByRole('heading', { level: 1, name: second.title })).toBeVisible();
	await page.goto('./');
	await page.goto(`${lesson.band}/${lesson.slug}/`);
	await expect(page.getByText(/tiếp tục từ bước 2/)).toBeVisible();
	if (second.kind === 'step') await expect(page.getByRole('heading', { level: 1, name: second.title })).toBeVisible();
	await page.goto(`${lesson.band}/`);
	await expect(page.getByRole('link', { name: new RegExp(lesson.title) })).toContainText('Đang học');
});
