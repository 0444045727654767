// Issue 26's new primary lessons (6-8/08, 9-10/08, 9-10/09), each played to its summary
// twice: with the keyboard alone (axe on every activity, before and after answering) and
// with taps on a 360x740 phone. lessons.e2e.ts walks every lesson by click; this adds the
// two ways a child in a club or at home actually plays.
import { expect, test } from '@playwright/test';
import { course } from './helpers/content';
import { playLesson, voice } from './helpers/play';
import { addLearner } from './helpers/profiles';
import { axe } from './helpers/axe';

const NEW_IDS = [
	'b68-nguoi-quen-cung-phai-giu-quy-tac',
	'b910-khi-nguoi-quen-nhan-tin-rieng',
	'b910-giong-noi-la-va-phim-anh-nguoi-lon'
];
const lessons = NEW_IDS.map((id) => course.lessons.find((l) => l.id === id)!);

test.use({ bypassCSP: true, reducedMotion: 'reduce' });

test('the new lessons are in the course', () => {
	expect(lessons.map((l) => l?.id)).toEqual(NEW_IDS);
});

for (const lesson of lessons) {
	test(`keyboard only: ${lesson.band}/${lesson.slug} to its summary, axe clean`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await addLearner(page, `Bạn ${lesson.band}`, lesson.band);
		const violations = await playLesson(page, lesson, { input: 'keyboard', checkA11y: true });
		expect(violations).toEqual({});
		for (const message of lesson.keyMessages) await expect(page.getByText(message)).toBeVisible();
		await expect(page.getByText(voice(lesson.band).notYourFault)).toBeVisible();
		await expect(page.getByRole('link', { name: /Gọi 111/ })).toHaveAttribute('href', 'tel:111');
	});
}

test.describe('phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
	for (const lesson of lessons) {
		test(`taps through ${lesson.band}/${lesson.slug} on a 360x740 phone`, async ({ page }) => {
			test.setTimeout(120_000);
			await addLearner(page, 'Bé Na', lesson.band);
			await playLesson(page, lesson, { input: 'tap' });
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			await expect(page.getByText(voice(lesson.band).tellAdult)).toBeVisible();
		});
	}
});

// What the teacher prints for each new lesson: the plan, with the one disclosure protocol
// and its family caveat, and the key-message card.
for (const lesson of lessons) {
	test(`the plan and key card of ${lesson.band}/${lesson.slug} carry the protocol, axe clean`, async ({
		page
	}) => {
		await page.goto(`thay-co/ke-hoach/${lesson.band}/${lesson.slug}/`);
		await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
		await expect(
			page.getByRole('heading', { name: 'Nếu một em kể chuyện đã xảy ra với mình' })
		).toBeVisible();
		await expect(page.getByText(/hỏi Tổng đài 111 và người phụ trách bảo vệ trẻ em/)).toBeVisible();
		await expect(page.getByText(/Điều 25 Nghị định 56\/2017\/NĐ-CP/)).toBeVisible();
		expect(await axe(page)).toEqual([]);
		await page.goto(`thay-co/in/the/${lesson.band}/${lesson.slug}/`);
		for (const message of lesson.keyMessages)
			await expect(page.getByText(message).first()).toBeVisible();
		expect(await axe(page)).toEqual([]);
	});
}
