// A club leader on a shared tablet reads the class summary: one age group at a time, the
// symbols explained on screen, nicknames in natural order, the CSV of the group shown.
// Run: npm run build && E2E_SKIP_BUILD=1 node scripts/e2e.js tests/class-summary.e2e.ts
import { expect, test, type Page } from '@playwright/test';
import { waitForAppDatabase } from './helpers/db';
import { readFileSync } from 'node:fs';
import { axe } from './helpers/axe';
import { course } from './helpers/content';
import { passGate } from './helpers/gate';

test.use({ bypassCSP: true });

const young = course.lessons.filter((l) => l.band === '6-8');
const older = course.lessons.filter((l) => l.band === '9-10');

/** Three learners straight into the device's database: two aged 6-8, one aged 9-10. */
async function seedClub(page: Page) {
	await waitForAppDatabase(page, ['profiles', 'lessonProgress']);
	await page.evaluate(
		async ({ first6, first9 }) => {
			const db = await new Promise<IDBDatabase>((ok, fail) => {
				const req = indexedDB.open('khien-nho');
				req.onsuccess = () => ok(req.result);
				req.onerror = () => fail(req.error);
			});
			const tx = db.transaction(['profiles', 'lessonProgress'], 'readwrite');
			const learners = [
				['p10', 'Bạn số 10', 'cat', '6-8'],
				['p2', 'Bạn số 2', 'dog', '6-8'],
				['lan', 'Lan', 'owl', '9-10']
			];
			learners.forEach(([id, nickname, avatar, band], i) =>
				tx
					.objectStore('profiles')
					.put({ id, nickname, avatar, band, created: i, pictureCode: null })
			);
			const row = (profileId: string, lessonId: string, done: boolean) => ({
				profileId,
				lessonId,
				status: done ? 'done' : 'in-progress',
				currentStep: done ? 0 : 2,
				stars: done ? 2 : 0,
				bestScore: done ? 0.7 : 0,
				lessonVersion: 1,
				started: 1,
				...(done ? { completed: 2 } : {})
			});
			tx.objectStore('lessonProgress').put(row('p2', first6, true));
			tx.objectStore('lessonProgress').put(row('p10', first6, false));
			tx.objectStore('lessonProgress').put(row('lan', first9, true));
			await new Promise((ok) => (tx.oncomplete = ok));
			db.close();
		},
		{ first6: young[0].id, first9: older[0].id }
	);
}

test('the class summary by age group, with a legend and a CSV per group', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto('thay-co/');
	await seedClub(page);
	await page.reload();

	const section = page.locator('#lop');
	// The class table sits behind the adult gate (issue 19).
	await section.getByRole('button', { name: 'Mở bảng tiến độ của lớp' }).click();
	await passGate(page);
	const table = section.getByRole('table');
	const learners = () => table.locator('tbody th[scope="row"]').allTextContents();
	await expect(table).toBeVisible();
	// All groups that have learners: their lessons only (no 11-14 or 15-17 columns).
	await expect(table.locator('thead th')).toHaveCount(2 + young.length + older.length);
	expect((await learners()).map((s) => s.trim())).toEqual(['Bạn số 2', 'Bạn số 10', 'Lan']);

	const legend = section.getByRole('list', { name: 'Ký hiệu trong bảng:' });
	await expect(legend.getByRole('listitem')).toHaveText([
		/★\s+Xong/,
		/…\s+Đang học/,
		/–\s+Chưa học/
	]);

	// Every choice is a big enough target, and the keyboard moves between them.
	const group = section.getByRole('group', { name: 'Xem nhóm tuổi' });
	for (const label of await group.locator('label').all())
		expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(48);
	await group.getByRole('radio', { name: 'Tất cả (3)' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(group.getByRole('radio', { name: '6-8 tuổi (2)' })).toBeChecked();
	await expect(table.locator('thead th')).toHaveCount(2 + young.length);
	expect((await learners()).map((s) => s.trim())).toEqual(['Bạn số 2', 'Bạn số 10']);

	expect(await axe(page)).toEqual([]);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		section.getByRole('button', { name: 'Tải bảng của nhóm 6-8 tuổi (CSV)' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(
		/^khien-nho-tong-hop-6-8-tuoi-\d{4}-\d{2}-\d{2}\.csv$/
	);
	const bytes = readFileSync((await download.path())!);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.subarray(3).toString('utf8').split('\r\n');
	const quoted = (t: string) => (/[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
	expect(lines[0]).toBe(
		['Tên gọi', 'Độ tuổi', 'Số bài đã xong', ...young.map((l) => quoted(l.title))].join(',')
	);
	expect(lines.slice(1).map((l) => l.split(',').slice(0, 4))).toEqual([
		['Bạn số 2', '6-8 tuổi', '1', 'Xong (2 sao)'],
		['Bạn số 10', '6-8 tuổi', '0', 'Đang học'],
		['']
	]);
});
