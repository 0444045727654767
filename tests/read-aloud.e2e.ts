// Read-aloud of the whole lesson with a faked Vietnamese voice (headless Chromium has none):
// what is spoken is asserted string by string. And without a voice: the control says why, and
// the Settings card tells an adult how to add one and tests what the device has.
// Run: npm run build && E2E_SKIP_BUILD=1 npx playwright test tests/read-aloud.e2e.ts --workers=1
import { expect, test, type Page } from '@playwright/test';
import { course } from './helpers/content';
import { addLearner } from './helpers/profiles';
import { FAKE_VOICE, fakeVietnameseVoice, spoken } from './helpers/voice';
import type { Activity, Lesson } from '../src/lib/content/types';

test.use({ bypassCSP: true });

const lessonAt = (band: string, slug: string) =>
	course.lessons.find((l) => l.band === band && l.slug === slug)!;

function activity<T extends Activity['type']>(lesson: Lesson, index: number, type: T) {
	const screen = lesson.screens[index];
	if (screen.kind !== 'activity' || screen.activity.type !== type)
		throw new Error(`${lesson.slug}: screen ${index} is not a ${type}`);
	return screen.activity as Extract<Activity, { type: T }>;
}

/** Open a lesson and go on `steps` screens with "Tiếp". */
async function openAt(page: Page, lesson: Lesson, steps: number) {
	await page.goto(`${lesson.band}/${lesson.slug}/`);
	for (let i = 0; i < steps; i++) {
		await page.getByRole('button', { name: 'Tiếp', exact: true }).click();
		await expect(
			page.getByText(`Bước ${i + 2} / ${lesson.screens.length}`, { exact: true })
		).toBeVisible();
	}
}

/** Each stored learner's "Tự đọc to" choice, read straight from IndexedDB. */
function storedAutoRead(page: Page) {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((ok, fail) => {
			const req = indexedDB.open('khien-nho');
			req.onsuccess = () => ok(req.result);
			req.onerror = () => fail(req.error);
		});
		const all = await new Promise<{ nickname: string; autoRead?: boolean }[]>((ok, fail) => {
			const req = db.transaction('profiles').objectStore('profiles').getAll();
			req.onsuccess = () => ok(req.result);
			req.onerror = () => fail(req.error);
		});
		db.close();
		return Object.fromEntries(all.map((p) => [p.nickname, p.autoRead]));
	});
}

const readButton = (page: Page) => page.getByRole('button', { name: 'Đọc to', exact: true });

test.describe('with a Vietnamese voice', () => {
	test.beforeEach(async ({ page }) => fakeVietnameseVoice(page));

	test('a choice screen speaks the question, every option, then the feedback', async ({ page }) => {
		const lesson = lessonAt('9-10', 'choi-game-an-toan');
		const choice = activity(lesson, 2, 'choice');
		await openAt(page, lesson, 2);
		// Not 6-8: nothing is read until the child asks.
		expect(await spoken(page)).toEqual([]);
		await readButton(page).click();
		const question = [choice.prompt.text, ...choice.options.map((o) => o.label.text)];
		await expect.poll(() => spoken(page)).toEqual(question);

		const wrong = choice.options.find((o) => !o.correct)!;
		await page.locator('.option button', { hasText: wrong.label.text }).click();
		await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(question.length + 1);
		const after = (await spoken(page)).slice(question.length);
		expect(after[0]).toBe('Chưa đúng');
		// The author's own feedback follows (its first words may be the title, said once).
		const tail = wrong.feedback.text.slice(-30);
		expect(after.join(' ')).toContain(tail);
	});

	test('a sort speaks its card and bins, and the next card when it comes', async ({ page }) => {
		const lesson = lessonAt('9-10', 'ban-tren-mang-ban-ngoai-doi');
		const sort = activity(lesson, 1, 'sort');
		await openAt(page, lesson, 1);
		await readButton(page).click();
		await expect.poll(async () => (await spoken(page)).at(-1)).toBe(sort.bins.at(-1));
		const said = await spoken(page);
		expect(said[0]).toBe(sort.prompt.text);
		expect(said.slice(-1 - sort.bins.length)).toEqual([sort.cards[0].text, ...sort.bins]);

		// The card in its bin: the sheet says so, aloud; "Thẻ tiếp theo" brings a card that is read.
		const first = sort.cards[0];
		await page.locator(`[data-bin="${first.bin}"] button`).click();
		await expect
			.poll(async () => (await spoken(page)).slice(said.length)[0])
			.toBe(`Đúng rồi! Thẻ này thuộc hộp “${first.bin}”.`);
		await page.getByRole('button', { name: 'Thẻ tiếp theo' }).click();
		await expect.poll(async () => (await spoken(page)).at(-1)).toBe(sort.cards[1].text);
	});

	test('a chat speaks each message as it arrives', async ({ page }) => {
		const lesson = lessonAt('15-17', 'dung-len-vi-ban');
		const chat = activity(lesson, 2, 'chat');
		const first = chat.nodes[chat.start];
		await openAt(page, lesson, 2);
		await readButton(page).click();
		// The messages come one by one ("đang nhập…"): each is read when it appears.
		for (const m of first.messages)
			await expect
				.poll(async () => (await spoken(page)).some((s) => s.endsWith(m.text)))
				.toBe(true);
		const said = await spoken(page);
		const at = first.messages.map((m) => said.findIndex((s) => s.endsWith(m.text)));
		expect(at).toEqual([...at].sort((a, b) => a - b));
		expect(said[at[0]]).toBe(`${first.messages[0].from} nhắn: ${first.messages[0].text}`);
		// Then the replies the child can choose from.
		for (const r of first.replies)
			await expect.poll(async () => (await spoken(page)).includes(r.text)).toBe(true);
	});

	test('auto read: a 6-8 screen reads itself; the choice is kept per learner', async ({ page }) => {
		const young = lessonAt('6-8', 'co-the-cua-em');
		const step = (i: number) => young.screens[i] as Extract<Lesson['screens'][0], { kind: 'step' }>;
		await page.goto(`${young.band}/${young.slug}/`);
		await expect.poll(() => spoken(page)).toContain(step(0).title);
		await expect(page.getByRole('checkbox', { name: 'Tự đọc to' })).toBeChecked();
		await page.getByRole('button', { name: 'Tiếp', exact: true }).click();
		// No tap on "Đọc to": the new screen is read.
		await expect.poll(() => spoken(page)).toContain(step(1).title);

		// A 9-10 learner: off until chosen, then on for them, after a reload too.
		await addLearner(page, 'Bạn Gió', '9-10');
		const lesson = lessonAt('9-10', 'choi-game-an-toan');
		await page.goto(`${lesson.band}/${lesson.slug}/`);
		const auto = page.getByRole('checkbox', { name: 'Tự đọc to' });
		await expect(auto).not.toBeChecked();
		await auto.check();
		// Kept on the learner's profile in IndexedDB (nothing else names the child).
		await expect.poll(() => storedAutoRead(page)).toEqual({ 'Bạn Gió': true });
		await page.reload();
		await expect(page.getByRole('checkbox', { name: 'Tự đọc to' })).toBeChecked();
		const title = (lesson.screens[0] as { title: string }).title;
		await expect.poll(() => spoken(page)).toContain(title);
	});

	test('"Thử giọng đọc" names the voice it found', async ({ page }) => {
		await page.goto('cai-dat/');
		await page.getByRole('button', { name: 'Thử giọng đọc' }).click();
		await expect(page.locator('#giong-doc [role="status"]')).toHaveText(
			`Đã tìm thấy giọng đọc tiếng Việt: ${FAKE_VOICE}.`
		);
		await expect.poll(async () => (await spoken(page)).length).toBe(1);
	});
});

test('no Vietnamese voice: the control says why and leads to the Settings card', async ({
	page
}) => {
	const lesson = lessonAt('6-8', 'co-the-cua-em');
	await page.goto(`${lesson.band}/${lesson.slug}/`);
	await expect(readButton(page)).toHaveCount(0);
	await expect(
		page.getByText('Máy này chưa có giọng đọc tiếng Việt, nên chưa đọc to được.')
	).toBeVisible();
	await page.getByRole('link', { name: 'Cách thêm giọng đọc' }).click();
	await page.waitForURL(/\/cai-dat\/#giong-doc$/);
	const card = page.locator('#giong-doc');
	await expect(card.getByRole('heading', { name: 'Giọng đọc tiếng Việt' })).toBeVisible();
	await expect(card).toContainText('Dịch vụ lời nói của Google');
	await expect(card).toContainText('Cài đặt > Trợ năng > Nội dung được đọc > Giọng nói');
	await card.getByRole('button', { name: 'Thử giọng đọc' }).click();
	await expect(card.getByRole('status')).toHaveText(
		'Chưa tìm thấy giọng đọc tiếng Việt nào trên máy này.'
	);
});
