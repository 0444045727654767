// The lessons issue 26 added (order 8 and above in each band) played to their summary by
// keyboard alone, with axe on every activity, and by touch on a 360x740 phone. The click walk
// in lessons.e2e.ts plays every lesson; this adds the two other ways a child answers.
import { expect, test } from '@playwright/test';
import { course } from './helpers/content';
import { playLesson, voice } from './helpers/play';
import { addLearner } from './helpers/profiles';
import { checkPrint } from './helpers/print';
import { BANDS } from '../src/lib/content/bands';

const FIRST_NEW_ORDER = 8;
const added = (band: string) =>
	course.lessons.filter((l) => l.band === band && l.order >= FIRST_NEW_ORDER);

test.use({ bypassCSP: true, reducedMotion: 'reduce' });

for (const band of BANDS) {
	test(`keyboard: the issue-26 lessons of band ${band}`, async ({ page }) => {
		const lessons = added(band);
		test.skip(lessons.length === 0, `band ${band} has no lesson ${FIRST_NEW_ORDER}+ yet`);
		test.setTimeout(120_000 * lessons.length);
		await addLearner(page, `Bạn ${band}`, band);
		for (const lesson of lessons) {
			const violations = await playLesson(page, lesson, { input: 'keyboard', checkA11y: true });
			expect(violations, lesson.path).toEqual({});
			for (const message of lesson.keyMessages) await expect(page.getByText(message)).toBeVisible();
			await expect(page.getByText(voice(band).notYourFault)).toBeVisible();
		}
	});
}

test.describe('phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
	for (const band of BANDS) {
		test(`touch: the issue-26 lessons of band ${band}`, async ({ page }) => {
			const lessons = added(band);
			test.skip(lessons.length === 0, `band ${band} has no lesson ${FIRST_NEW_ORDER}+ yet`);
			test.setTimeout(120_000 * lessons.length);
			await addLearner(page, `Bạn ${band}`, band);
			for (const lesson of lessons) {
				await playLesson(page, lesson, { input: 'tap' });
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - window.innerWidth
				);
				expect(overflow, lesson.path).toBeLessThanOrEqual(0);
				await expect(page.getByText(voice(band).notYourFault)).toBeVisible();
				await expect(page.getByRole('link', { name: /Gọi 111/ }).first()).toHaveAttribute(
					'href',
					'tel:111'
				);
			}
		});
	}
});

// The half-page key-message card the teacher prints (thay-co/in/the/...) holds each new
// lesson's title and key messages: some of them are longer than the course's earlier longest.
test('the key card of every issue-26 lesson prints on one page, nothing overflowing', async ({
	page
}) => {
	const lessons = BANDS.flatMap(added);
	test.setTimeout(30_000 * lessons.length);
	for (const lesson of lessons) {
		await page.emulateMedia({ media: 'screen' });
		await page.setViewportSize({ width: 1366, height: 768 });
		await page.goto(`thay-co/in/the/${lesson.band}/${lesson.slug}/`);
		await expect(page.getByText(lesson.keyMessages[0]).first()).toBeVisible();
		await checkPrint(page, `key-card-${lesson.band}-${lesson.slug}`, 1);
	}
});
