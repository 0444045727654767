// The adult gate: quick taps never get a child past it; an adult passes it with a sum in
// words and a two-second hold. It guards "Xóa toàn bộ dữ liệu", deleting a learner,
// importing a backup and the class table with its picture-code reset.
// Run: npm run build && E2E_SKIP_BUILD=1 node scripts/e2e.js tests/adult-gate.e2e.ts
import { expect, test, type Page } from '@playwright/test';
import { waitForAppDatabase } from './helpers/db';
import { axe } from './helpers/axe';
import { gateAnswer, gateDialog, hold, holdButton, passGate } from './helpers/gate';
import { addLearner } from './helpers/profiles';

test.use({ bypassCSP: true });

/** Nicknames of the learners stored on the device, read straight from IndexedDB. */
async function stored(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((ok, fail) => {
			const req = indexedDB.open('khien-nho');
			req.onsuccess = () => ok(req.result);
			req.onerror = () => fail(req.error);
		});
		const all = await new Promise<{ nickname: string; pictureCode?: unknown }[]>((ok, fail) => {
			const req = db.transaction('profiles').objectStore('profiles').getAll();
			req.onsuccess = () => ok(req.result);
			req.onerror = () => fail(req.error);
		});
		db.close();
		return all.map((p) => `${p.nickname}${p.pictureCode ? '*' : ''}`).sort();
	});
}

/** Three quick taps on the hold button, and a tap on the page behind: none gets through. */
async function tapLikeAChild(page: Page) {
	for (let i = 0; i < 3; i++) await holdButton(page).click();
	await page.mouse.click(5, 5);
	await expect(gateDialog(page)).toBeVisible();
}

test('three quick taps after "Xóa toàn bộ dữ liệu" do not wipe a learner; passing the gate does', async ({
	page
}) => {
	await addLearner(page, 'Na', '6-8');
	await page.goto('cai-dat/');
	await page.getByRole('button', { name: 'Xóa toàn bộ dữ liệu trên máy này' }).click();
	await expect(gateDialog(page)).toBeVisible();
	await expect(gateDialog(page)).toContainText('Xóa toàn bộ dữ liệu trên máy này.');
	await tapLikeAChild(page);
	// The confirmation behind the gate never appeared; nothing is gone.
	await expect(page.getByRole('button', { name: 'Xóa', exact: true })).toHaveCount(0);
	expect(await stored(page)).toEqual(['Na']);
	expect(await axe(page)).toEqual([]);

	// A wrong answer held to the end: a new sum, still closed.
	const answer = await gateAnswer(page);
	await gateDialog(page)
		.getByRole('textbox')
		.fill(String(answer + 1));
	await hold(page);
	await expect(gateDialog(page).getByRole('status')).toHaveText(
		'Chưa đúng. Đây là một phép tính mới.'
	);
	await expect(gateDialog(page).getByRole('textbox')).toHaveValue('');
	// Cancel: back to the page, still nothing deleted.
	await gateDialog(page).getByRole('button', { name: 'Thôi, quay lại' }).click();
	await expect(gateDialog(page)).toBeHidden();
	expect(await stored(page)).toEqual(['Na']);

	// An adult: the sum, the hold, then the usual confirmation.
	await page.getByRole('button', { name: 'Xóa toàn bộ dữ liệu trên máy này' }).click();
	await passGate(page);
	await expect(page.getByRole('button', { name: 'Không xóa' })).toBeFocused();
	await page.getByRole('button', { name: 'Xóa', exact: true }).click();
	await expect(
		page.locator('main').getByText('Đã xóa toàn bộ dữ liệu trên máy này.')
	).toBeVisible();
	expect(await stored(page)).toEqual([]);
});

test('the keyboard passes the gate by holding Space', async ({ page }) => {
	await addLearner(page, 'Bin', '6-8');
	await page.goto('cai-dat/');
	await page.getByRole('button', { name: 'Xóa toàn bộ dữ liệu trên máy này' }).click();
	await expect(gateDialog(page).getByRole('textbox')).toBeFocused();
	await page.keyboard.type(String(await gateAnswer(page)));
	await page.keyboard.press('Tab');
	await expect(holdButton(page)).toBeFocused();
	// Space pressed quickly three times does nothing; held, it passes.
	for (let i = 0; i < 3; i++) await page.keyboard.press(' ');
	await expect(gateDialog(page)).toBeVisible();
	await page.keyboard.down(' ');
	await page.waitForTimeout(2300);
	await page.keyboard.up(' ');
	await expect(gateDialog(page)).toBeHidden();
	await expect(page.getByRole('button', { name: 'Không xóa' })).toBeFocused();
	await page.keyboard.press('Enter');
	expect(await stored(page)).toEqual(['Bin']);
});

test('the same gate guards deleting a learner and importing a backup', async ({ page }) => {
	await addLearner(page, 'Na', '6-8');
	await addLearner(page, 'Tí', '9-10');
	await page.goto('cai-dat/');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Tải tệp sao lưu' }).click()
	]);
	const file = (await download.path())!;

	// Delete one learner.
	await page.getByLabel('Chọn bạn học cần xóa').selectOption({ label: 'Tí' });
	await page.getByRole('button', { name: 'Xóa bạn học này' }).click();
	await expect(gateDialog(page)).toContainText('Xóa bạn học Tí và tiến độ của bạn ấy.');
	await tapLikeAChild(page);
	expect(await stored(page)).toEqual(['Na', 'Tí']);
	await passGate(page);
	await page.getByRole('button', { name: 'Xóa', exact: true }).click();
	await expect(page.locator('main').getByText('Đã xóa Tí.')).toBeVisible();
	expect(await stored(page)).toEqual(['Na']);

	// Import the backup: the preview is free to look at, applying it is behind the gate.
	await page.getByLabel('Mở tệp sao lưu').setInputFiles(file);
	await page.getByRole('button', { name: 'Nhập vào máy này' }).click();
	await expect(gateDialog(page)).toContainText('Nhập dữ liệu từ tệp sao lưu vào máy này.');
	await tapLikeAChild(page);
	expect(await stored(page)).toEqual(['Na']);
	await passGate(page);
	await expect(page.locator('main').getByText(/Đã nhập xong/)).toBeVisible();
	expect(await stored(page)).toEqual(['Na', 'Tí']);
});

test('the class table and its code reset open behind the gate, for as long as the page is open', async ({
	page
}) => {
	await page.goto('thay-co/');
	await waitForAppDatabase(page, ['profiles']);
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((ok, fail) => {
			const req = indexedDB.open('khien-nho');
			req.onsuccess = () => ok(req.result);
			req.onerror = () => fail(req.error);
		});
		const tx = db.transaction('profiles', 'readwrite');
		tx.objectStore('profiles').put({
			id: 'p-mai',
			nickname: 'Mai',
			avatar: 'cat',
			band: '6-8',
			created: 1,
			pictureCode: ['sun', 'moon', 'star']
		});
		await new Promise((ok) => (tx.oncomplete = ok));
		db.close();
	});
	await page.reload();
	// Said plainly on the page: a courtesy lock, not security.
	await expect(page.getByText(/Mật mã hình chỉ là một cái khóa lịch sự/)).toBeVisible();
	await expect(page.getByRole('button', { name: /mật mã hình của Mai/ })).toHaveCount(0);
	await page.getByRole('button', { name: 'Mở bảng tiến độ của lớp' }).click();
	await tapLikeAChild(page);
	await expect(page.getByRole('table')).toHaveCount(0);
	await passGate(page);
	await expect(page.getByRole('heading', { level: 2, name: 'Lớp trên máy này' })).toBeFocused();
	await expect(page.getByRole('table')).toBeVisible();
	await page.getByRole('button', { name: /mật mã hình của Mai/ }).click();
	await page.getByRole('button', { name: 'Đồng ý' }).click();
	await expect(page.locator('main').getByText(/Đã xóa mật mã hình của Mai/)).toBeVisible();
	expect(await stored(page)).toEqual(['Mai']);

	// The pass lasts while the page is open; a reload closes the gate again.
	await page.reload();
	await expect(page.getByRole('button', { name: 'Mở bảng tiến độ của lớp' })).toBeVisible();
	await expect(page.getByRole('table')).toHaveCount(0);
});
