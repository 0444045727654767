// A child alone with a 360x740 phone: after every answer, in every kind of activity, what the
// answer said and the way on ("Tiếp tục", "Thử lại"...) are on the screen without scrolling;
// a sort shows its bins while a card waits; stars, first use, a lost address, target sizes.
// Screenshots of each activity after an answer go to test-results/phone/.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { course } from './helpers/content';
import type { Activity, Lesson } from '../src/lib/content/types';

test.use({
	viewport: { width: 360, height: 740 },
	hasTouch: true,
	isMobile: true,
	reducedMotion: 'reduce'
});

const SHOTS = 'test-results/phone';

function lessonAt(path: string): Lesson {
	const lesson = course.lessons.find((l) => l.path === path);
	if (!lesson) throw new Error(`no lesson ${path}`);
	return lesson;
}

/** Go to screen `index` of a lesson as a child would: "Tiếp" on steps, "Bỏ qua" on activities. */
async function open<T extends Activity['type']>(page: Page, lesson: Lesson, type: T) {
	const index = lesson.screens.findIndex((s) => s.kind === 'activity' && s.activity.type === type);
	const screen = lesson.screens[index];
	if (screen?.kind !== 'activity') throw new Error(`${lesson.path} has no ${type}`);
	await page.goto(`${lesson.band}/${lesson.slug}/`);
	for (const s of lesson.screens.slice(0, index)) {
		if (s.kind === 'step') await page.getByRole('button', { name: 'Tiếp', exact: true }).tap();
		else await page.getByRole('button', { name: 'Bỏ qua' }).tap();
	}
	await expect(
		page.getByRole('heading', { name: new RegExp(`bước ${index + 1} /`) })
	).toBeAttached();
	return screen.activity as Extract<Activity, { type: T }>;
}

/** Wholly inside the viewport as it is now (the test never scrolls), and not hidden under
 *  anything (the sticky header, the answer sheet). Polled: a frame may still be settling. */
async function onScreen(target: Locator) {
	await expect(target).toBeVisible();
	return target.evaluate((el) => {
		const r = el.getBoundingClientRect();
		const inside =
			r.top >= -1 && r.left >= -1 && r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1;
		const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 12));
		return inside && !!hit && (el === hit || el.contains(hit));
	});
}

const sheet = (page: Page) => page.locator('.sheet');

/** The last answer's feedback and the control that goes on are both on screen. */
async function answerInReach(page: Page, button: string | RegExp, shot: string) {
	const feedback = sheet(page).locator('.feedback');
	const way = sheet(page).getByRole('button', { name: button });
	await expect.poll(() => onScreen(feedback.locator('.title'))).toBe(true);
	await expect.poll(() => onScreen(way)).toBe(true);
	// The whole feedback box, not only its first line.
	const box = await feedback.boundingBox();
	expect(box!.y + box!.height).toBeLessThanOrEqual(740 + 1);
	await page.screenshot({ path: `${SHOTS}/${shot}.png` });
}

test('choice: a wrong answer, then the right one; feedback and the way on in reach', async ({
	page
}) => {
	const lesson = lessonAt('content/6-8/01-co-the-cua-em.md');
	const choice = await open(page, lesson, 'choice');
	const skip = sheet(page).getByRole('button', { name: 'Bỏ qua' });
	// "Bỏ qua" is there, a whole target, but small and not under the answers.
	const s = (await skip.boundingBox())!;
	expect(s.height).toBeGreaterThanOrEqual(44);
	expect(s.width).toBeLessThan(180);
	const options = (await page.locator('.options').boundingBox())!;
	expect(s.y).toBeGreaterThan(options.y + options.height);
	await page.screenshot({ path: `${SHOTS}/choice-before.png` });

	const wrong = choice.options.find((o) => !o.correct)!;
	await page.locator('.option button', { hasText: wrong.label.text }).tap();
	await answerInReach(page, 'Thử lại', 'choice-wrong');
	// The title says "Chưa đúng" once: the author's own "Chưa đúng." is not repeated under it.
	const said = await sheet(page).locator('.feedback').innerText();
	expect(said.match(/Chưa đúng/g)?.length ?? 0).toBeLessThanOrEqual(1);
	await sheet(page).getByRole('button', { name: 'Thử lại' }).tap();
	await expect(sheet(page).locator('.feedback')).toHaveCount(0);

	const right = choice.options.find((o) => o.correct)!;
	await page.locator('.option button', { hasText: right.label.text }).tap();
	await answerInReach(page, 'Tiếp tục', 'choice-right');
	const praise = await sheet(page).locator('.feedback').innerText();
	expect(praise.match(/Đúng rồi/g)?.length ?? 0).toBeLessThanOrEqual(1);
});

test('sort, 6 cards: the card and its bins fit one screen; the why is beside the card', async ({
	page
}) => {
	const lesson = lessonAt('content/6-8/01-co-the-cua-em.md');
	const sort = await open(page, lesson, 'sort');
	expect(sort.cards).toHaveLength(6);
	for (const [i, card] of sort.cards.entries()) {
		const shown = page.locator(`[data-card="${card.id}"]`);
		// A card waiting to be sorted, and a bin in view, on the screen as it is.
		await expect.poll(() => onScreen(shown)).toBe(true);
		await expect.poll(() => onScreen(page.locator(`[data-bin="${card.bin}"] button`))).toBe(true);
		if (i === 0) {
			const other = sort.bins.find((b) => b !== card.bin)!;
			await page.locator(`[data-bin="${other}"] button`).tap();
			await answerInReach(page, 'Thử lại', 'sort-wrong');
			// The "why" is in view with the card it explains.
			await expect.poll(() => onScreen(shown)).toBe(true);
			await expect(sheet(page)).toContainText(card.why.text.slice(0, 20));
			await sheet(page).getByRole('button', { name: 'Thử lại' }).tap();
		}
		await page.locator(`[data-bin="${card.bin}"] button`).tap();
		const last = i === sort.cards.length - 1;
		await answerInReach(
			page,
			last ? 'Tiếp tục' : 'Thẻ tiếp theo',
			last ? 'sort-done' : 'sort-right'
		);
		if (!last) await sheet(page).getByRole('button', { name: 'Thẻ tiếp theo' }).tap();
	}
});

test('chat, unsafe replies all the way: each note in reach, a compact ending in view', async ({
	page
}) => {
	const lesson = lessonAt('content/11-14/05-nhan-ra-du-do.md');
	const chat = await open(page, lesson, 'chat');
	let node = chat.nodes[chat.start];
	let shot = false;
	for (let hops = 0; hops < 50 && !node.end; hops++) {
		if (!node.replies.length) {
			node = chat.nodes[node.goto!];
			continue;
		}
		const pick = node.replies.find((r) => !r.safe) ?? node.replies[0];
		await page.locator('.replies button', { hasText: pick.text }).first().tap();
		if (pick.feedback) {
			await answerInReach(page, 'Đọc tiếp', shot ? 'chat-note-2' : 'chat-note');
			shot = true;
			await sheet(page).getByRole('button', { name: 'Đọc tiếp' }).tap();
		}
		node = chat.nodes[pick.next];
	}
	const ending = page.getByRole('heading', { name: /Câu chuyện kết thúc/ });
	await expect(ending).toBeVisible();
	// What to read next came into view by itself, under the header; the way on is in reach.
	await expect.poll(() => onScreen(ending)).toBe(true);
	await expect
		.poll(() => onScreen(sheet(page).getByRole('button', { name: 'Tiếp tục' })))
		.toBe(true);
	await page.screenshot({ path: `${SHOTS}/chat-ending.png` });
	const tall = await page.locator('section.activity').evaluate((el) => el.scrollHeight);
	console.log(`chat activity after an unsafe play-through: ${tall} px tall at 360 px`);
	// It was about 2,900 px at 390 px wide before the log scrolled and the review got compact.
	expect(tall).toBeLessThan(2000);
	await page.screenshot({ path: `${SHOTS}/chat-ending-full.png`, fullPage: true });
});

test('red flags: after "Kiểm tra" the first explanation and the way on are in view', async ({
	page
}) => {
	const lesson = lessonAt('content/11-14/05-nhan-ra-du-do.md');
	const redflag = await open(page, lesson, 'redflag');
	const flagged = redflag.items.find((i) => i.flag)!;
	await page.locator('.row button', { hasText: flagged.text }).first().tap();
	await page.getByRole('button', { name: 'Kiểm tra', exact: true }).tap();
	await answerInReach(page, 'Tiếp tục', 'redflag-checked');
	await expect.poll(() => onScreen(page.locator('.verdict .title').first())).toBe(true);
	await expect(sheet(page)).toContainText(/Bạn nhận ra đúng \d+\/\d+/);
});

test('settings: asked for what is missing, then checked; each time in reach', async ({ page }) => {
	const lesson = lessonAt('content/11-14/03-cai-dat-rieng-tu.md');
	const settings = await open(page, lesson, 'settings');
	await page.getByRole('button', { name: 'Kiểm tra', exact: true }).tap();
	await answerInReach(page, 'Chọn tiếp', 'settings-missing');
	await sheet(page).getByRole('button', { name: 'Chọn tiếp' }).tap();
	for (const setting of settings.settings) {
		// The first option, safe or not, as a child trying things would.
		await page
			.getByRole('group', { name: setting.label })
			.getByRole('radio', { name: setting.options[0].label, exact: true })
			.tap();
	}
	await page.getByRole('button', { name: 'Kiểm tra', exact: true }).tap();
	await answerInReach(page, 'Tiếp tục', 'settings-checked');
	const unsafe = settings.settings.find((s) => !s.options[0].safe);
	if (unsafe) {
		// The first unsafe choice and its "why" came into view.
		const group = page.getByRole('group', { name: unsafe.label });
		await expect.poll(() => onScreen(group.locator('.feedback .title'))).toBe(true);
	}
});

test('stars: mistakes and retries still finish with 3 stars, a skip with 2, said in words', async ({
	page
}) => {
	const lesson = lessonAt('content/6-8/01-co-the-cua-em.md');
	await page.goto(`${lesson.band}/${lesson.slug}/`);
	let skipped = false;
	for (const s of lesson.screens) {
		if (s.kind === 'step') {
			await page.getByRole('button', { name: 'Tiếp', exact: true }).tap();
			continue;
		}
		const a = s.activity;
		if (a.type === 'sort' && !skipped) {
			skipped = true;
			await page.getByRole('button', { name: 'Bỏ qua' }).tap();
			continue;
		}
		if (a.type !== 'choice') throw new Error('lesson 1 has only choices and a sort');
		// Wrong first where there is a wrong option, then every right one.
		const wrong = a.options.find((o) => !o.correct);
		if (wrong) await page.locator('.option button', { hasText: wrong.label.text }).tap();
		for (const o of a.options.filter((o) => o.correct))
			await page.locator('.option button', { hasText: o.label.text }).first().tap();
		await sheet(page).getByRole('button', { name: 'Tiếp tục' }).tap();
	}
	await expect(page.getByRole('heading', { name: 'Em đã học xong bài này!' })).toBeVisible();
	await expect(page.getByRole('img', { name: '2 trên 3 sao' })).toBeVisible();
	await expect(page.getByText(/Em được 2 sao vì đã học xong bài/)).toBeVisible();
	await page.screenshot({ path: `${SHOTS}/summary-2-stars.png` });

	// Again, mistakes everywhere but nothing skipped: 3 stars.
	await page.getByRole('button', { name: 'Học lại' }).tap();
	for (const s of lesson.screens) {
		if (s.kind === 'step') {
			await page.getByRole('button', { name: 'Tiếp', exact: true }).tap();
			continue;
		}
		const a = s.activity;
		if (a.type === 'sort') {
			for (const [i, card] of a.cards.entries()) {
				const other = a.bins.find((b) => b !== card.bin)!;
				await page.locator(`[data-bin="${other}"] button`).tap();
				await sheet(page).getByRole('button', { name: 'Thử lại' }).tap();
				await page.locator(`[data-bin="${card.bin}"] button`).tap();
				if (i < a.cards.length - 1)
					await sheet(page).getByRole('button', { name: 'Thẻ tiếp theo' }).tap();
			}
		} else if (a.type === 'choice') {
			const wrong = a.options.find((o) => !o.correct);
			if (wrong) await page.locator('.option button', { hasText: wrong.label.text }).tap();
			for (const o of a.options.filter((o) => o.correct))
				await page.locator('.option button', { hasText: o.label.text }).first().tap();
		}
		await sheet(page).getByRole('button', { name: 'Tiếp tục' }).tap();
	}
	await expect(page.getByRole('img', { name: '3 trên 3 sao' })).toBeVisible();
	await expect(page.getByText(/Em được 3 sao/)).toBeVisible();
	await expect(page.getByText(/Làm sai rồi sửa lại vẫn được đủ sao/)).toBeVisible();
	await page.screenshot({ path: `${SHOTS}/summary-3-stars.png` });
});

test('first use: "Ai đang học?" once a session, with "Học thử (không lưu sao)"', async ({
	page,
	context
}) => {
	await page.goto('6-8/');
	const ask = page.getByRole('heading', { name: 'Ai đang học?' });
	await expect(ask).toBeVisible();
	await expect(page.getByRole('link', { name: 'Thêm tên của em' })).toHaveAttribute(
		'href',
		/\/nguoi-hoc\/$/
	);
	await page.screenshot({ path: `${SHOTS}/first-use.png` });
	await page.getByRole('button', { name: 'Học thử (không lưu sao)' }).tap();
	await expect(ask).toHaveCount(0);
	// The guest keeps the usual note, and is not asked again on the next band page.
	const note = page.locator('main').getByText(/Em đang học thử/);
	await expect(note).toBeVisible();
	await page.goto('9-10/');
	await expect(note).toBeVisible();
	await expect(ask).toHaveCount(0);
	// A new session (another child on the tablet) is asked again, as "bạn" on a teen page.
	const other = await context.browser()!.newPage({ viewport: { width: 360, height: 740 } });
	await other.goto(page.url().replace('9-10/', '15-17/'));
	await expect(other.getByRole('heading', { name: 'Ai đang học?' })).toBeVisible();
	await expect(other.getByText(/bạn chọn tên của bạn/)).toBeVisible();
	await other.close();
});

test('adding a learner with a picture code shows the three pictures back to remember', async ({
	page
}) => {
	await page.goto('nguoi-hoc/');
	await page.getByRole('button', { name: 'Thêm bạn học' }).tap();
	await page.getByRole('button', { name: 'Đặt mật mã hình' }).tap();
	for (const name of ['Mặt trời', 'Con thuyền', 'Bông hoa'])
		await page.getByRole('button', { name, exact: true }).tap();
	await expect(page.getByText(/Em hãy nhớ 3 hình này/)).toBeVisible();
	const shown = page.locator('.remember li');
	await expect(shown).toHaveCount(3);
	await expect(shown.nth(0).getByRole('img')).toHaveAccessibleName('Mặt trời');
	await expect(shown.nth(1).getByRole('img')).toHaveAccessibleName('Con thuyền');
	await expect(shown.nth(2).getByRole('img')).toHaveAccessibleName('Bông hoa');
	await page.screenshot({ path: `${SHOTS}/picture-code.png` });
});

test('an unknown address: a Vietnamese page with a way home', async ({ page }) => {
	await page.goto('khong-co-trang-nay/');
	await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible();
	await expect(page.getByText('404')).toHaveCount(0);
	await page.screenshot({ path: `${SHOTS}/not-found.png` });
	await page.getByRole('link', { name: 'Về trang chủ' }).tap();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Chào em');
	// An address shaped like a lesson that does not exist is not found either.
	await page.goto('6-8/bai-khong-co/');
	await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible();
});

test.describe('at 320 px', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	test('every target is at least 44 px, the header whole', async ({ page }) => {
		const routes = ['', '6-8/', 'tu-dien/', 'tro-giup/', 'phu-huynh/', '6-8/01-co-the-cua-em/'];
		for (const route of routes) {
			await page.goto(route);
			await expect(page.locator('main h1').first()).toBeVisible();
			const small = await page.evaluate(() =>
				[...document.querySelectorAll('a[href], button, input, summary')]
					.filter((el) => {
						const r = el.getBoundingClientRect();
						if (r.width <= 1 || r.height <= 1 || el.closest('.visually-hidden')) return false;
						// A link inside a sentence is the one exception WCAG allows.
						const inline = getComputedStyle(el).display === 'inline';
						return !inline && (r.width < 44 || r.height < 44);
					})
					.map((el) => `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`)
			);
			expect(small, route || 'home').toEqual([]);
		}
	});
});

test.describe('at 390 px', () => {
	test.use({ viewport: { width: 390, height: 800 } });
	test('the header keeps "Khiên Nhỏ" on one line and the help icon whole', async ({ page }) => {
		await page.goto('6-8/');
		const brand = page.locator('header .brand');
		await expect(brand).toContainText('Khiên Nhỏ');
		expect((await brand.boundingBox())!.height).toBeLessThanOrEqual(56);
		const icon = page.locator('header .help svg');
		expect((await icon.boundingBox())!.width).toBeGreaterThanOrEqual(20);
	});
});
