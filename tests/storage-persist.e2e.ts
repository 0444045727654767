// "Keep this site's data for the long term?": Firefox asks the user, and while nobody
// answers, navigator.storage.persist() stays pending. Here Chromium is given the same
// never-answered question: nothing waits for it (a lesson still resumes where the learner
// left it) and Settings says the browser has not answered yet. The Firefox suite checks the
// same with Firefox's real question (tests/firefox/settings.firefox.ts).
import { expect, test } from '@playwright/test';
import { axe } from './helpers/axe';
import { course } from './helpers/content';
import { addLearner } from './helpers/profiles';

test.use({ bypassCSP: true, reducedMotion: 'reduce' });

test('an unanswered storage question blocks nothing and reads sensibly in Settings', async ({
	page
}) => {
	await page.addInitScript(() => {
		const storage = navigator.storage;
		storage.persisted = async () => false;
		storage.persist = () => new Promise<boolean>(() => {});
	});
	const lesson = course.lessons.find((l) => l.band === '6-8')!;
	await addLearner(page, 'Na', '6-8');
	await page.goto(`6-8/${lesson.slug}/`);
	const next = page.getByRole('button', { name: 'Tiếp', exact: true });
	await next.click();
	await expect(page.getByText('Bước 2 /')).toBeVisible();
	await next.click();
	await expect(page.getByText('Bước 3 /')).toBeVisible();

	// Reloading the lesson finds the learner's place although the question is still open.
	await page.reload();
	await expect(page.getByText('Mình tiếp tục từ bước 3')).toBeVisible();
	await expect(page.getByText('Bước 3 /')).toBeVisible();

	await page.goto('cai-dat/');
	const status = page.getByTestId('persistence');
	await expect(status).toHaveAttribute('data-state', 'pending');
	await expect(status).toContainText('Đang chờ trình duyệt trả lời');
	await expect(status).toContainText('tiến độ của em vẫn được lưu bình thường');
	expect(await axe(page)).toEqual([]);
});
