// Every lesson of every band plays from its first screen to its summary without a glitch.
import { expect, test, type Page } from '@playwright/test';
import { course } from './helpers/content';
import type { Lesson } from '../src/lib/content/types';
import { BANDS } from '../src/lib/content/bands';
import { addLearner } from './helpers/profiles';
import { playLesson, voice } from './helpers/play';

async function walk(page: Page, lesson: Lesson) {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	// Answers every activity (safe replies, right options), so every chat path, card and
	// setting an author wrote is exercised in the real player.
	await playLesson(page, lesson, { input: 'click' });
	for (const message of lesson.keyMessages) await expect(page.getByText(message)).toBeVisible();
	await expect(page.getByText(voice(lesson.band).notYourFault)).toBeVisible();
	await expect(page.getByRole('link', { name: /Gọi 111/ })).toHaveAttribute('href', 'tel:111');
	expect(errors, lesson.path).toEqual([]);
}

test.use({ reducedMotion: 'reduce' });

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
	await addLearner(page, 'Minh', lesson.band);
	await page.goto(`${lesson.band}/${lesson.slug}/`);
	await page.getByRole('button', { name: 'Tiếp', exact: true }).click();
	const second = lesson.screens[1];
	if (second.kind === 'step')
		await expect(page.getByRole('heading', { level: 1, name: second.title })).toBeVisible();
	// Leave through the app (as a child would), then come back with a fresh page load.
	await page.getByRole('link', { name: 'Khiên Nhỏ' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Chào em');
	await page.goto(`${lesson.band}/${lesson.slug}/`);
	await expect(page.getByText(/tiếp tục từ bước 2/)).toBeVisible();
	if (second.kind === 'step')
		await expect(page.getByRole('heading', { level: 1, name: second.title })).toBeVisible();
	await page.goto(`${lesson.band}/`);
	await expect(page.getByRole('link', { name: new RegExp(lesson.title) })).toContainText(
		'Đang học'
	);
});
