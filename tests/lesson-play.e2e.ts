// A whole lesson in every band, answered with the keyboard alone (and axe on every activity
// in its states), and one lesson with taps on a phone.
import { expect, test } from '@playwright/test';
import { course } from './helpers/content';
import { playLesson, voice } from './helpers/play';
import { addLearner } from './helpers/profiles';
import { BANDS } from '../src/lib/content/bands';
import type { Lesson } from '../src/lib/content/types';

/** The band's lesson with the most kinds of activity. */
function richest(band: string): Lesson {
	const lessons = course.lessons.filter((l) => l.band === band);
	return lessons.sort(
		(a, b) => Object.keys(b.activityCounts).length - Object.keys(a.activityCounts).length
	)[0];
}

test.use({ bypassCSP: true, reducedMotion: 'reduce' });

for (const band of BANDS) {
	test(`keyboard only: a whole ${band} lesson, then its summary and the help page`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		const lesson = richest(band);
		await addLearner(page, `Bạn ${band}`, band);
		const violations = await playLesson(page, lesson, { input: 'keyboard', checkA11y: true });
		expect(violations).toEqual({});
		await expect(page.getByRole('img', { name: '3 trên 3 sao' })).toBeVisible();
		await expect(page.getByText(voice(band).tellAdult)).toBeVisible();
		// A first finished lesson earns a badge (no ranking, nothing compared with others).
		await expect(page.getByText('Bài học đầu tiên')).toBeVisible();
		const happened = page.getByRole('link', { name: voice(band).happened });
		await happened.focus();
		await page.keyboard.press('Enter');
		await expect(
			page.getByRole('heading', { name: 'Nếu chuyện này đã xảy ra với em' })
		).toBeVisible();
		await page.goto(`${band}/`);
		await expect(page.getByRole('link', { name: new RegExp(lesson.title) })).toContainText(
			'Đã xong'
		);
	});
}

test.describe('phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
	test('taps through a whole lesson on a 360x740 phone', async ({ page }) => {
		test.setTimeout(120_000);
		const lesson = richest('6-8');
		await addLearner(page, 'Bé Na', '6-8');
		await playLesson(page, lesson, { input: 'tap' });
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.getByRole('link', { name: 'Cần giúp đỡ?' }).tap();
		await expect(page.getByRole('link', { name: /Gọi 111/ }).first()).toHaveAttribute(
			'href',
			'tel:111'
		);
		await expect(
			page.getByRole('heading', { name: 'Nếu ai đó dọa tung ảnh của bạn' })
		).toBeVisible();
	});
});
