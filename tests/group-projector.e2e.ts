// Group mode on a real projector: every slide of every deck fits 1280x720 and 1366x768 with
// nothing scrolled and nothing behind the controls, the app's header and footer are not
// drawn, full screen works from a button and the F key, hand counts are drawn as bars, and
// a lesson plan has one "Mục tiêu".
// Run: npm run build && E2E_SKIP_BUILD=1 node scripts/e2e.js tests/group-projector.e2e.ts
import { expect, test, type Page } from '@playwright/test';
import { BANDS } from '../src/lib/content/bands';
import { axe } from './helpers/axe';
import { course } from './helpers/content';

test.use({ bypassCSP: true });
test.describe.configure({ mode: 'parallel' });

const SIZES = [
	{ width: 1280, height: 720 },
	{ width: 1366, height: 768 }
] as const;

const group = (page: Page) => page.locator('[data-projector="true"]');

async function openDeck(page: Page, band: string, slug: string) {
	await page.goto(`thay-co/nhom/${band}/${slug}/`);
	await expect(group(page)).toHaveAttribute('data-ready', 'true');
}

/**
 * Walks the whole deck with one key, inside the page (fast: no round trip per slide), and
 * measures every screen it shows: the slide's stage and the page must not scroll, the stage
 * must end above the controls, and nothing of the app's own header or footer is there.
 */
function walk(page: Page, key: 'ArrowRight' | 'ArrowLeft') {
	return page.evaluate(async (key) => {
		await document.fonts.ready;
		const problems: string[] = [];
		let screens = 0;
		let smallest = 1;
		const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
		for (let guard = 0; guard < 400; guard++) {
			const doc = document.documentElement;
			const stage = document.querySelector<HTMLElement>('[data-testid="stage"]')!;
			const controls = document.querySelector('nav.controls')!;
			const at = `${document.querySelector('[data-testid="slide-counter"]')!.textContent}${
				document.querySelector('[data-testid="revealed"]') ? ' (answers shown)' : ''
			}`;
			screens++;
			smallest = Math.min(smallest, Number(stage.dataset.fit ?? 1));
			if (stage.scrollHeight > stage.clientHeight || stage.scrollWidth > stage.clientWidth)
				problems.push(`${at}: slide scrolls (${stage.scrollHeight} > ${stage.clientHeight})`);
			if (doc.scrollHeight > doc.clientHeight || doc.scrollWidth > doc.clientWidth)
				problems.push(`${at}: page scrolls (${doc.scrollHeight} > ${doc.clientHeight})`);
			if (stage.getBoundingClientRect().bottom > controls.getBoundingClientRect().top + 0.5)
				problems.push(`${at}: slide runs under the controls`);
			if (
				[...document.querySelectorAll('header, footer')].some(
					(el) => !el.closest('[data-projector]')
				)
			)
				problems.push(`${at}: the app's header or footer is on screen`);
			const buttons = controls.querySelectorAll<HTMLButtonElement>('button');
			const move = key === 'ArrowRight' ? buttons[buttons.length - 1] : buttons[0];
			if (move.disabled) break;
			window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
			await settle();
		}
		return { problems, screens, smallest };
	}, key);
}

for (const band of BANDS)
	test(`every ${band} deck fits 1280x720 and 1366x768, last slide included, no app header`, async ({
		page
	}) => {
		test.setTimeout(240_000);
		const lessons = course.lessons.filter((l) => l.band === band);
		expect(lessons.length).toBeGreaterThanOrEqual(7);
		const problems: Record<string, string[]> = {};
		const scales: number[] = [];
		for (const lesson of lessons) {
			await page.setViewportSize(SIZES[0]);
			await openDeck(page, lesson.band, lesson.slug);
			await expect(page.getByRole('link', { name: 'Cần giúp đỡ?' })).toHaveCount(0);
			const total = Number(
				/\/\s*(\d+)/.exec((await page.getByTestId('slide-counter').textContent()) ?? '')![1]
			);
			// 1280x720 forward: every slide, every question before and after its answers.
			const forward = await walk(page, 'ArrowRight');
			expect(forward.screens, lesson.path).toBeGreaterThanOrEqual(total);
			await expect(page.getByTestId('slide-counter')).toHaveText(`Trang ${total} / ${total}`);
			// 1366x768 back to the start: every slide again, with the answers shown.
			await page.setViewportSize(SIZES[1]);
			await page.evaluate(
				() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
			);
			const backward = await walk(page, 'ArrowLeft');
			expect(backward.screens, lesson.path).toBeGreaterThanOrEqual(total);
			const all = [
				...forward.problems.map((p) => `1280x720 ${p}`),
				...backward.problems.map((p) => `1366x768 ${p}`)
			];
			if (all.length) problems[lesson.path] = all;
			scales.push(forward.smallest);
		}
		expect(problems).toEqual({});
		test.info().annotations.push({
			type: 'smallest text scale at 1280x720',
			description: scales.map((s) => s.toFixed(2)).join(' ')
		});
	});

test('full screen from the button and the F key, and a clear message where it is refused', async ({
	page
}) => {
	await page.setViewportSize(SIZES[0]);
	await openDeck(page, '6-8', 'ban-tay-tin-cay');
	await page.getByRole('button', { name: 'Toàn màn hình' }).click();
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
	await expect(page.getByRole('button', { name: 'Thoát toàn màn hình' })).toBeVisible();
	await page.getByRole('heading', { level: 2 }).first().focus();
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
	await page.keyboard.press('F');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);

	// A browser that refuses (an embedded frame, a kiosk policy): said on screen.
	await page.addInitScript(() => {
		Element.prototype.requestFullscreen = () =>
			Promise.reject(new TypeError('Permissions check failed'));
	});
	await openDeck(page, '6-8', 'ban-tay-tin-cay');
	await page.keyboard.press('f');
	await expect(page.getByRole('alert')).toContainText('không cho mở toàn màn hình');
	await expect(page.getByRole('alert')).toContainText('F11');
});

test('hand counts are drawn as bars beside the numbers, the numbers stay the text', async ({
	page
}) => {
	await page.setViewportSize(SIZES[1]);
	await openDeck(page, '6-8', 'co-the-cua-em');
	const options = group(page).getByRole('list', { name: 'Các lựa chọn' });
	for (let i = 0; i < 20 && !(await options.isVisible()); i++)
		await page.keyboard.press('ArrowRight');
	expect(await axe(page)).toEqual([]);
	const items = options.locator(':scope > li');
	const add = (n: number) => items.nth(n).getByRole('button', { name: /^Thêm một bạn giơ tay/ });
	for (let i = 0; i < 3; i++) await add(0).click();
	await add(1).click();
	await expect(items.nth(0).getByTestId('count')).toHaveText('3 bạn');
	const width = (n: number) =>
		items
			.nth(n)
			.getByTestId('hand-bar')
			.evaluate((bar) => (bar.firstElementChild as HTMLElement).style.width);
	expect(await width(0)).toBe('75%');
	expect(await width(1)).toBe('25%');
	expect(await width(2)).toBe('0%');
	await expect(items.nth(0).getByTestId('hand-bar')).toHaveAttribute('aria-hidden', 'true');
	await page.keyboard.press('r');
	await expect(group(page).getByTestId('revealed').first()).toBeVisible();
	expect(await axe(page)).toEqual([]);
	await page.screenshot({ path: 'test-results/screens/group-bars-1366x768.png' });
});

test('a lesson plan has one "Mục tiêu", with the session’s own aims under it', async ({ page }) => {
	await page.goto('thay-co/ke-hoach/6-8/ban-tay-tin-cay/');
	await expect(page.getByRole('heading', { name: 'Mục tiêu', exact: true })).toHaveCount(1);
	await expect(page.getByRole('heading', { level: 3, name: 'Trong buổi sinh hoạt' })).toBeVisible();
	await expect(
		page.getByText('Mỗi em chọn được ít nhất ba người lớn tin cậy, có cả người ngoài gia đình.')
	).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'Chuẩn bị' })).toBeVisible();
});
