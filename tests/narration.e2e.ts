// A club leader's narration, with Chromium's fake microphone (a beep): recorded in the
// adults' area, listened to, exported as a pack, imported on a fresh browser, and played in
// the lesson in place of the synthetic voice (this browser has no Vietnamese voice at all).
// Run: npm run build && E2E_SKIP_BUILD=1 npx playwright test tests/narration.e2e.ts --workers=1
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../scripts/lib/chromium.js';
import { course } from './helpers/content';
import { passGate } from './helpers/gate';
import { played, recordPlays } from './helpers/voice';

test.use({
	bypassCSP: true,
	permissions: ['microphone'],
	launchOptions: {
		executablePath: process.env.CHROME_PATH || undefined,
		args: [...CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']
	}
});

const lesson = course.lessons.find((l) => l.band === '6-8' && l.slug === 'co-the-cua-em')!;
const screens = lesson.screens.length;

async function openRecorder(page: Page) {
	await page.goto('thay-co/doc-bai/');
	await page.getByRole('button', { name: 'Mở phần thu giọng' }).click();
	await passGate(page);
	await expect(page.getByRole('heading', { name: 'Nhập gói giọng đọc' })).toBeVisible();
}

const row = (page: Page, n: number) => page.locator(`[data-screen="s${n}"]`);

test('record, listen, redo, export; import on a fresh browser; played in the lesson', async ({
	page,
	browser
}, info) => {
	test.setTimeout(120_000);
	await recordPlays(page);
	await openRecorder(page);
	await page.getByRole('button', { name: lesson.title }).click();
	await expect(row(page, 0)).toContainText('Chưa thu');

	await row(page, 0).getByRole('button', { name: 'Thu âm' }).click();
	await row(page, 0).getByRole('button', { name: 'Dừng thu' }).waitFor();
	await page.waitForTimeout(1200);
	await row(page, 0).getByRole('button', { name: 'Dừng thu' }).click();
	await expect(row(page, 0)).toContainText(/Đã thu, \d+ KB/);

	await row(page, 0).getByRole('button', { name: 'Nghe lại' }).click();
	await expect.poll(() => played(page)).toHaveLength(1);

	// Redo: a second take replaces the first.
	await row(page, 0).getByRole('button', { name: 'Thu lại' }).click();
	await page.waitForTimeout(800);
	await row(page, 0).getByRole('button', { name: 'Dừng thu' }).click();
	await expect(row(page, 0)).toContainText(/Đã thu, \d+ KB/);
	await expect(page.getByText(/Bản thu của bài này: \d+ KB/)).toBeVisible();

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Xuất gói giọng đọc' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe(`giong-doc-${lesson.id}-v${lesson.version}.json`);
	const file = info.outputPath('pack.json');
	await download.saveAs(file);
	const pack = JSON.parse(readFileSync(file, 'utf8'));
	expect(pack).toMatchObject({
		app: 'khien-nho',
		kind: 'narration',
		version: 1,
		lessonId: lesson.id,
		lessonVersion: lesson.version
	});
	expect(pack.screens.map((s: { screen: string }) => s.screen)).toEqual(['s0']);
	expect(pack.screens[0].mime).toMatch(/^audio\//);

	// Another tablet: nothing recorded there yet.
	const other = await browser.newContext({ bypassCSP: true, locale: 'vi-VN' });
	const tablet = await other.newPage();
	await recordPlays(tablet);
	await openRecorder(tablet);
	const count = tablet.getByRole('listitem').filter({ hasText: lesson.title });
	await expect(count).toContainText(`Đã thu 0/${screens} màn hình`);

	// A broken pack first: refused, with its reason, and nothing changes.
	const broken = info.outputPath('broken.json');
	writeFileSync(broken, JSON.stringify({ ...pack, lessonVersion: lesson.version + 1 }));
	const input = tablet.getByLabel('Chọn tệp gói giọng đọc (.json) xuất từ một máy khác.');
	await input.setInputFiles(broken);
	const panel = tablet.getByRole('region', { name: 'Nhập gói giọng đọc' });
	await expect(panel.getByRole('paragraph')).toHaveText(
		/^Không nhập tệp này, máy không thay đổi gì: gói thu cho phiên bản khác của bài/
	);
	await expect(count).toContainText(`Đã thu 0/${screens} màn hình`);

	await input.setInputFiles(file);
	await expect(panel.getByRole('paragraph')).toHaveText(
		`Đã nhập giọng đọc 1 màn hình cho bài “${lesson.title}”.`
	);
	await expect(count).toContainText(`Đã thu 1/${screens} màn hình`);

	// In the lesson: no Vietnamese voice here, yet the recorded screen can be heard.
	await tablet.goto(`${lesson.band}/${lesson.slug}/`);
	await tablet.getByRole('button', { name: 'Đọc to', exact: true }).click();
	await expect.poll(() => played(tablet)).toHaveLength(1);
	expect((await played(tablet))[0]).toMatch(/^blob:/);
	// The next screen has no recording and no voice: it says why instead.
	await tablet.getByRole('button', { name: 'Tiếp', exact: true }).click();
	await expect(
		tablet.getByText('Máy này chưa có giọng đọc tiếng Việt, nên chưa đọc to được.')
	).toBeVisible();
	await other.close();
});
