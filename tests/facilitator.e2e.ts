// Facilitator tools: a whole lesson in group mode with the keyboard only, and every
// printable rendered to an A4 PDF with nothing clipped.
// Run: npm run build && E2E_SKIP_BUILD=1 node scripts/e2e.js tests/facilitator.e2e.ts
import { expect, test, type Page } from '@playwright/test';
import { waitForAppDatabase } from './helpers/db';
import { passGate } from './helpers/gate';
import { checkPrint, SCREENS } from './helpers/print';
import { course } from './helpers/content';

// --- group mode -----------------------------------------------------------------------------

/** Tab forward until the focused element's accessible name starts with `prefix`. */
async function tabTo(page: Page, prefix: string, max = 12) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
		if (label?.startsWith(prefix)) return label;
	}
	throw new Error(`no focusable element named "${prefix}…" within ${max} Tabs`);
}

async function counter(page: Page) {
	const text = (await page.getByTestId('slide-counter').textContent()) ?? '';
	const m = /(\d+)\s*\/\s*(\d+)/.exec(text);
	if (!m) throw new Error(`slide counter unreadable: ${text}`);
	return { n: Number(m[1]), total: Number(m[2]) };
}

test('a whole lesson runs in group mode with the keyboard only', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('thay-co/nhom/6-8/thong-tin-rieng/');
	const group = page.locator('[data-projector="true"]');
	await expect(group).toHaveAttribute('data-ready', 'true');
	await expect(page.getByRole('link', { name: 'Thoát chế độ nhóm' })).toBeVisible();
	const { total } = await counter(page);
	expect(total).toBeGreaterThan(10);
	await page.screenshot({ path: `${SCREENS}/group-intro-1366x768.png` });

	// The app's one polite live region (LiveRegion.svelte).
	const status = page.locator('[role="status"][aria-live="polite"][aria-atomic="true"]');
	let polls = 0;
	let chatStops = 0;
	let discuss = 0;
	let useSpace = false;
	for (let guard = 0; guard < 120; guard++) {
		const { n } = await counter(page);
		const options = group.getByRole('list', { name: 'Các lựa chọn' });
		if (await options.isVisible()) {
			const isChat = (await group.locator('.chat').count()) > 0;
			if (isChat) chatStops++;
			else polls++;
			const items = options.locator(':scope > li');
			const first = items.nth(0);
			const second = items.nth(1);
			// Focus is on the slide heading: Tab to the first "+" and count three hands.
			const label = await tabTo(page, 'Thêm một bạn giơ tay cho');
			for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
			await expect(first.getByTestId('count')).toHaveText('3 bạn');
			await expect(status).toContainText('3 bạn giơ tay');
			expect(label).toMatch(/^Thêm một bạn giơ tay cho “.+”$/);
			// On to the second option's "+", one hand; then its "−" twice: never below 0.
			await tabTo(page, 'Thêm một bạn giơ tay cho');
			await page.keyboard.press('Enter');
			await expect(second.getByTestId('count')).toHaveText('1 bạn');
			if (polls === 1 && !isChat) {
				await page.keyboard.press('Shift+Tab');
				await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^Bớt một bạn/);
				await page.keyboard.press('Enter');
				await page.keyboard.press('Enter');
				await expect(second.getByTestId('count')).toHaveText('0 bạn');
				await page.keyboard.press('Tab');
				await page.keyboard.press('Enter');
				await expect(second.getByTestId('count')).toHaveText('1 bạn');
			}
			// Reveal with "r": right answers and feedback appear, counts stay.
			await expect(group.getByTestId('revealed')).toHaveCount(0);
			await page.keyboard.press('r');
			await expect(group.getByTestId('revealed').first()).toBeVisible();
			await expect(group.locator('.verdict').first()).toBeVisible();
			await expect(first.getByTestId('count')).toHaveText('3 bạn');
			await expect(status).toContainText('Đã hiện đáp án');
			if (polls === 1 && !isChat)
				await page.screenshot({ path: `${SCREENS}/group-poll-revealed-1366x768.png` });
			if (chatStops === 1 && isChat) {
				await expect(
					group.getByText(/Bấm “Tiếp” để đi theo câu được nhiều bạn chọn nhất/)
				).toBeVisible();
				await page.screenshot({ path: `${SCREENS}/group-chat-revealed-1366x768.png` });
			}
			// Focus is on a button: ArrowRight still moves on (Space would press the button).
			await page.keyboard.press('ArrowRight');
			if (isChat) {
				// The chat follows the reply with most hands (the first one, 3 hands).
				await expect(group.locator('.bubble.mine').first()).toBeVisible();
			}
		} else {
			if (await group.getByRole('heading', { name: 'Cùng thảo luận' }).isVisible()) discuss++;
			if (n === total) break;
			// Alternate the two forward keys; focus sits on the heading, not on a button.
			await page.keyboard.press(useSpace ? ' ' : 'ArrowRight');
			useSpace = !useSpace;
		}
		await expect
			.poll(async () => (await counter(page)).n, { timeout: 5000 })
			.toBeGreaterThanOrEqual(n);
	}
	expect((await counter(page)).n).toBe(total);
	expect(polls).toBeGreaterThanOrEqual(10);
	expect(chatStops).toBeGreaterThanOrEqual(2);
	expect(discuss).toBeGreaterThanOrEqual(2);

	// The final slide: key messages, the three closing lines and 111.
	await expect(group.getByRole('heading', { name: 'Điều cần nhớ' })).toBeVisible();
	await expect(group.getByText('Đó không bao giờ là lỗi của em.')).toBeVisible();
	await expect(group.getByRole('link', { name: /Gọi 111/ })).toBeVisible();
	await page.screenshot({ path: `${SCREENS}/group-end-1366x768.png` });

	// Back with ArrowLeft / PageUp; counts were kept in the page, nothing was stored.
	await page.keyboard.press('ArrowLeft');
	await expect.poll(async () => (await counter(page)).n).toBe(total - 1);
	await page.keyboard.press('PageUp');
	await expect.poll(async () => (await counter(page)).n).toBeLessThan(total - 1);
	const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
	expect(stored).not.toContain('bạn');
});

test('reveal works from the button with Enter, and the slide text is large', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('thay-co/nhom/6-8/ban-tay-tin-cay/');
	const group = page.locator('[data-projector="true"]');
	await expect(group).toHaveAttribute('data-ready', 'true');
	const size = await group.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(size).toBeGreaterThanOrEqual(26);
	// intro -> step -> step -> first sort card
	for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
	await expect(group.getByRole('heading', { name: 'Thẻ này nên vào hộp nào?' })).toBeVisible();
	const reveal = page.getByRole('button', { name: 'Hiện đáp án' });
	await reveal.focus();
	await page.keyboard.press('Enter');
	await expect(group.getByText('Hộp đúng')).toBeVisible();
	await expect(reveal).toHaveCount(0);
});

for (const [path, name, want] of [
	['9-10/choi-game-an-toan', 'settings', '.item:text-matches("^Cài đặt")'],
	['11-14/nguoi-la-ho-so-gia', 'redflag-profile', '.profile'],
	['15-17/bat-coc-online', 'chat-teen', '.log']
] as const)
	test(`group mode walks ${path} to the end with ArrowRight alone`, async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.setViewportSize({ width: 1366, height: 768 });
		await page.goto(`thay-co/nhom/${path}/`);
		const group = page.locator('[data-projector="true"]');
		await expect(group).toHaveAttribute('data-ready', 'true');
		const { total } = await counter(page);
		let taken = false;
		// ArrowRight reveals a hidden answer first, then moves on.
		for (let i = 0; i < 4 * total && (await counter(page)).n < total; i++) {
			await page.keyboard.press('ArrowRight');
			if (taken || (await group.locator(want).count()) === 0) continue;
			if ((await group.getByTestId('revealed').count()) === 0) continue;
			await page.screenshot({ path: `${SCREENS}/group-${name}-1366x768.png` });
			taken = true;
		}
		expect((await counter(page)).n).toBe(total);
		expect(taken, `a slide matching ${want}`).toBe(true);
		await expect(group.getByRole('link', { name: /Gọi 111/ })).toBeVisible();
		expect(errors).toEqual([]);
	});

// --- printables -----------------------------------------------------------------------------

test('the lesson plan reads on a phone and prints on A4', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await page.goto('thay-co/ke-hoach/6-8/ban-tay-tin-cay/');
	await expect(page.getByRole('heading', { level: 1, name: 'Bàn tay tin cậy' })).toBeVisible();
	for (const h of [
		'Mục tiêu',
		'Tiến trình buổi sinh hoạt',
		'Câu hỏi thảo luận giữa các hoạt động (chế độ nhóm)',
		'Thông điệp chính'
	])
		await expect(page.getByRole('heading', { level: 2, name: h })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Lời nhắn cho phụ huynh' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'In trang này' })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(376);
	await page.screenshot({ path: `${SCREENS}/plan-phone.png`, fullPage: true });
	await checkPrint(page, 'plan', 5);
});

test('the key-message card, hand worksheet and 111 cards print on one A4 page each', async ({
	page
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('thay-co/in/the/6-8/ban-tay-tin-cay/');
	await expect(page.getByText('Mỗi ngón tay là một người lớn em tin.').first()).toBeVisible();
	await checkPrint(page, 'key-card', 1);
	// The longest key messages of the course still fit their half page.
	await page.goto('thay-co/in/the/15-17/phap-luat-bao-ve-ban/');
	await checkPrint(page, 'key-card-longest', 1);

	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('thay-co/in/ban-tay-tin-cay/');
	await expect(page.getByRole('img', { name: /Hình bàn tay có năm ngón/ })).toBeVisible();
	await expect(page.getByRole('rowheader', { name: /Ngón út/ })).toBeVisible();
	await checkPrint(page, 'hand-worksheet', 1);

	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('thay-co/in/the-111/');
	const cards = page.locator('.card111');
	await expect(cards).toHaveCount(8);
	await expect(cards.first()).toContainText('Gọi 111');
	await expect(cards.first()).toContainText('113');
	await expect(cards.first()).toContainText('Em không có lỗi.');
	await expect(cards.first()).toContainText('Kể với người lớn tin cậy.');
	await checkPrint(page, 'cards-111', 1);
});

/** Put a learner with a picture code and two finished lessons straight into IndexedDB. */
async function seedLearner(page: Page) {
	// Let the app create its database (and schema) first.
	await waitForAppDatabase(page, ['profiles', 'lessonProgress']);
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((ok, fail) => {
			const req = indexedDB.open('khien-nho');
			req.onsuccess = () => ok(req.result);
			req.onerror = () => fail(req.error);
		});
		const tx = db.transaction(['profiles', 'lessonProgress'], 'readwrite');
		tx.objectStore('profiles').put({
			id: 'p-mai',
			nickname: 'Mai',
			avatar: 'cat',
			band: '6-8',
			created: 1,
			pictureCode: ['sun', 'moon', 'star']
		});
		for (const lessonId of ['b68-co-the-cua-em', 'b68-ban-tay-tin-cay'])
			tx.objectStore('lessonProgress').put({
				profileId: 'p-mai',
				lessonId,
				status: 'done',
				currentStep: 0,
				stars: 3,
				bestScore: 1,
				lessonVersion: 1,
				started: 1,
				completed: 2
			});
		await new Promise((ok, fail) => {
			tx.oncomplete = ok;
			tx.onerror = () => fail(tx.error);
		});
		db.close();
	});
}

async function readLearner(page: Page) {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((ok, fail) => {
			const req = indexedDB.open('khien-nho');
			req.onsuccess = () => ok(req.result);
			req.onerror = () => fail(req.error);
		});
		const tx = db.transaction(['profiles', 'lessonProgress'], 'readonly');
		const get = <T>(r: IDBRequest<T>) =>
			new Promise<T>((ok, fail) => {
				r.onsuccess = () => ok(r.result);
				r.onerror = () => fail(r.error);
			});
		const profile = await get(tx.objectStore('profiles').get('p-mai'));
		const rows = await get(tx.objectStore('lessonProgress').getAll());
		db.close();
		return {
			code: profile?.pictureCode ?? null,
			done: rows.filter((r) => r.status === 'done').length
		};
	});
}

test('a certificate for a learner on this device, and a blank one', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('thay-co/in/giay-khen/');
	await expect(page.locator('.certificate')).toContainText('đã hoàn thành ______ bài học');
	await seedLearner(page);
	await page.reload();
	await page.getByLabel('Bạn học').selectOption({ label: 'Mai' });
	const cert = page.locator('.certificate');
	await expect(cert.locator('.name')).toHaveText('Mai');
	await expect(cert).toContainText('đã hoàn thành 2 bài học an toàn trên mạng');
	await expect(cert).toContainText('Mầm xanh');
	await page.getByLabel('Ngày trên giấy khen').fill('2026-11-20');
	await expect(cert).toContainText('20 tháng 11, 2026');
	await checkPrint(page, 'certificate', 1);

	await page.getByLabel('Để trống tên để viết tay').check();
	await expect(cert.locator('.name')).toHaveText('');
	await expect(cert).toContainText('đã hoàn thành 2 bài học');
});

test('the teachers page lists every plan and resets a picture code without losing progress', async ({
	page
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('thay-co/');
	await expect(page.getByRole('heading', { level: 1, name: 'Dành cho thầy cô' })).toBeVisible();
	// One plan and one group-mode link per lesson, however many lessons the course has.
	const plans = course.lessons.length;
	await expect(page.getByRole('link', { name: /^Kế hoạch bài “/ })).toHaveCount(plans);
	await expect(page.getByRole('link', { name: /^Chế độ nhóm cho bài “/ })).toHaveCount(plans);
	await expect(page.getByRole('link', { name: 'Thẻ 111 bỏ túi' })).toBeVisible();
	await page.screenshot({ path: `${SCREENS}/teachers-page.png`, fullPage: true });

	await seedLearner(page);
	await page.reload();
	// The class table is behind the adult gate (tests/adult-gate.e2e.ts tests the gate).
	await page.getByRole('button', { name: 'Mở bảng tiến độ của lớp' }).click();
	await passGate(page);
	await page.getByRole('button', { name: /mật mã hình của Mai/ }).click();
	await page.getByRole('button', { name: 'Đồng ý' }).click();
	await expect(page.locator('main').getByText(/Đã xóa mật mã hình của Mai/)).toBeVisible();
	await expect.poll(() => readLearner(page)).toEqual({ code: null, done: 2 });
});
