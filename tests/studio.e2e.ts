// The lesson studio (issue 22): a teacher copies a course lesson, changes a question, sees
// the preview follow, breaks a line and finds it from the error list, keeps the lesson on
// the device, plays it from its band page, exports it and imports it on a fresh browser.
// Lessons with <script> or a javascript: link are refused, in the editor and on import,
// and no script runs.
// Run: npm run build && E2E_SKIP_BUILD=1 npx playwright test tests/studio.e2e.ts --workers=1
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { passGate } from './helpers/gate';
import { addLearner } from './helpers/profiles';
import { takeAdultsPack } from './helpers/adults-pack';

const ORIGINAL = readFileSync('content/9-10/01-choi-game-an-toan.md', 'utf8');
// Found, not numbered: a picture line added to the lesson moves everything down.
const CHOICE_LINE = ORIGINAL.split('\n').indexOf('::: choice') + 1; // 1-based, as the editor
const QUESTION = ORIGINAL.split('\n')[CHOICE_LINE]; // the line after "::: choice"
const NEW_QUESTION = 'Câu hỏi của lớp 4A: Bạn lạ trong game xin số điện thoại. Em làm gì?';
const copied = ORIGINAL.replace(/^id: (.*)$/m, 'id: $1-ban-sua').replace(
	/^title: (.*)$/m,
	'title: $1 (bản sửa)'
);
const edited = copied.replace(QUESTION, NEW_QUESTION);
const broken = edited.replace('::: choice', '::: choise');
const TITLE = 'Chơi game vui và an toàn (bản sửa)';

async function openStudio(page: Page) {
	await page.goto('thay-co/soan-bai/');
	await page.getByRole('button', { name: 'Mở phòng soạn bài' }).click();
	await passGate(page);
	await expect(page.locator('.cm-content')).toBeVisible();
}

/** Replace the editor's whole text, as a paste would. */
async function typeAll(page: Page, text: string) {
	await page.locator('.cm-content').click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.insertText(text);
}

const preview = (page: Page) => page.getByTestId('studio-preview');
const errorList = (page: Page) => page.locator('#studio-errors-title').locator('..');

/** Dialogs, page errors and a global a script would set: none may happen. */
function watchForScripts(page: Page) {
	const seen: string[] = [];
	page.on('dialog', (d) => {
		seen.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	page.on('pageerror', (e) => seen.push(`error: ${e.message}`));
	page.on('console', (m) => {
		if (m.text().includes('PWNED')) seen.push(`console: ${m.text()}`);
	});
	return seen;
}

test('copy, edit, break and fix, keep, play, export, import on a fresh browser', async ({
	page,
	browser
}, testInfo) => {
	// A learner on the device, so that progress is kept (a guest's lives in memory only).
	await addLearner(page, 'Na', '9-10');
	await openStudio(page);
	// Copy a course lesson.
	await page.getByLabel('Bài của khóa học').selectOption('content/9-10/01-choi-game-an-toan.md');
	await page.getByRole('button', { name: 'Sao chép bài này để sửa' }).click();
	await expect(preview(page).getByText(TITLE)).toBeVisible();
	await expect(errorList(page).getByText('Bài hợp lệ')).toBeVisible();

	// Change a question: the preview follows (its third screen is the question).
	await typeAll(page, edited);
	await page.waitForTimeout(800); // the studio checks 300 ms after typing stops
	await expect(async () => {
		await preview(page).getByRole('button', { name: 'Tiếp' }).click();
		await preview(page).getByRole('button', { name: 'Tiếp' }).click();
		await expect(preview(page).getByText(NEW_QUESTION)).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 10_000 });

	// Break a line: its error names that line; a tap puts the cursor there.
	await typeAll(page, broken);
	const error = errorList(page).getByRole('button', {
		name: new RegExp(`Dòng ${CHOICE_LINE}\\b.*choise`)
	});
	await expect(error).toBeVisible();
	await expect(preview(page).getByText('Bản xem trước là lần hợp lệ gần nhất.')).toBeVisible();
	await page.getByRole('button', { name: 'Dùng trên máy này' }).click();
	await expect(page.getByRole('status').getByText('Hãy sửa hết lỗi')).toBeVisible();
	await error.click();
	const cursorLine = await page.evaluate(
		() => document.getSelection()?.anchorNode?.parentElement?.closest('.cm-line')?.textContent
	);
	expect(cursorLine).toBe('::: choise');

	// Fix it and keep it on the device.
	await typeAll(page, edited);
	await expect(errorList(page).getByText('Bài hợp lệ')).toBeVisible();
	await page.getByRole('button', { name: 'Dùng trên máy này' }).click();
	await expect(page.getByRole('status').getByText(`Đã lưu "${TITLE}"`)).toBeVisible();

	// Export the .md file.
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Tải tệp .md' }).click();
	const file = testInfo.outputPath('bai.md');
	await (await downloading).saveAs(file);
	expect(readFileSync(file, 'utf8')).toBe(edited);

	// Play it from its band page; progress is kept as for any lesson.
	await page.goto('9-10/');
	const card = page.getByRole('link', { name: new RegExp(TITLE.replace(/[()]/g, '\\$&')) });
	await expect(page.getByRole('heading', { name: 'Bài của thầy cô' })).toBeVisible();
	await expect(card).toContainText('Chưa học');
	await card.click();
	await expect(page).toHaveURL(/\/9-10\/bai-cua-thay-co\/\?id=b910-choi-game-an-toan-ban-sua$/);
	await expect(page.locator('.mark', { hasText: 'Bài của thầy cô' })).toBeVisible();
	await page.getByRole('button', { name: 'Tiếp' }).click();
	await page.getByRole('button', { name: 'Tiếp' }).click();
	await expect(page.getByText(NEW_QUESTION)).toBeVisible();
	await page.goto('9-10/');
	await expect(card).toContainText('Đang học');

	// A fresh browser: import the file, then play it there.
	const fresh = await browser.newContext({
		baseURL: testInfo.project.use.baseURL,
		locale: 'vi-VN'
	});
	const other = await fresh.newPage();
	await openStudio(other);
	await expect(other.getByText('Chưa có bài nào.')).toBeVisible();
	await other.getByLabel('Nhập bài từ tệp').setInputFiles(file);
	await expect(other.getByRole('status').getByText('Đã nhập 1 bài.')).toBeVisible();
	await other.goto('9-10/');
	await other.getByRole('link', { name: new RegExp(TITLE.replace(/[()]/g, '\\$&')) }).click();
	await expect(other).toHaveURL(/bai-cua-thay-co/);
	await other.getByRole('button', { name: 'Tiếp' }).click();
	await other.getByRole('button', { name: 'Tiếp' }).click();
	await expect(other.getByText(NEW_QUESTION)).toBeVisible();
	await fresh.close();
});

test('offline, once the adults’ pack is on the device: copy, edit, keep and play a lesson', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await addLearner(page, 'Bin', '9-10');
	// The studio's page, its editor's code and the course's sources are in the adults' pack.
	await takeAdultsPack(page);
	await context.setOffline(true);
	await openStudio(page);
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);
	await page.getByLabel('Bài của khóa học').selectOption('content/9-10/01-choi-game-an-toan.md');
	await page.getByRole('button', { name: 'Sao chép bài này để sửa' }).click();
	await expect(preview(page).getByText(TITLE)).toBeVisible();
	await typeAll(page, edited);
	await page.waitForTimeout(800); // the studio checks 300 ms after typing stops
	await expect(errorList(page).getByText('Bài hợp lệ')).toBeVisible();
	await page.getByRole('button', { name: 'Dùng trên máy này' }).click();
	await expect(page.getByRole('status').getByText(`Đã lưu "${TITLE}"`)).toBeVisible();
	// Played from its band page, still offline.
	await page.goto('9-10/');
	await page.getByRole('link', { name: new RegExp(TITLE.replace(/[()]/g, '\\$&')) }).click();
	await page.getByRole('button', { name: 'Tiếp' }).click();
	await page.getByRole('button', { name: 'Tiếp' }).click();
	await expect(page.getByText(NEW_QUESTION)).toBeVisible();
	await context.setOffline(false);
});

test('a lesson with <script> or a javascript: link is refused, in the editor and on import; no script runs', async ({
	page
}, testInfo) => {
	const seen = watchForScripts(page);
	await openStudio(page);
	const valid = ORIGINAL.replace(/^id: (.*)$/m, 'id: $1-an-toan');
	const line = ORIGINAL.split('\n').findIndex((l) => l.startsWith('Trong nhiều game'));
	const withScript = valid.replace(
		ORIGINAL.split('\n')[line],
		'<script>console.log("PWNED"); window.__pwned = 1; alert(1)</script>'
	);
	const withLink = valid.replace(
		ORIGINAL.split('\n')[line],
		'Bấm [vào đây](javascript:console.log("PWNED");alert(1)) để nhận quà.'
	);

	for (const [text, why] of [
		[withScript, 'HTML'],
		[withLink, 'liên kết không an toàn']
	] as const) {
		await typeAll(page, text);
		await expect(
			errorList(page).getByRole('button', { name: new RegExp(`Dòng ${line + 1}.*${why}`) })
		).toBeVisible();
		await page.getByRole('button', { name: 'Dùng trên máy này' }).click();
		await expect(page.getByRole('status').getByText('Hãy sửa hết lỗi')).toBeVisible();
	}
	await expect(page.getByText('Chưa có bài nào.')).toBeVisible();

	for (const [name, text] of [
		['script.md', withScript],
		['link.md', withLink],
		[
			'goi.json',
			JSON.stringify({
				format: 'khien-nho-bai-thay-co',
				version: 1,
				lessons: [{ source: valid }, { source: withLink }]
			})
		]
	]) {
		const file = testInfo.outputPath(name);
		const { writeFileSync } = await import('node:fs');
		writeFileSync(file, text);
		await page.getByLabel('Nhập bài từ tệp').setInputFiles(file);
		await expect(page.getByRole('status').getByText(`Tệp "${name}" bị từ chối`)).toBeVisible();
		await expect(page.getByText('Chưa có bài nào.')).toBeVisible();
	}
	await page.goto('9-10/');
	await expect(page.getByRole('heading', { name: 'Bài của thầy cô' })).toHaveCount(0);
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	expect(seen).toEqual([]);
});
