// The safety paths: quick exit (button and Esc twice) leaves the app for a neutral page and
// Back does not bring the page back; every hotline number written for someone who may call
// is a tel: link; the "this happened to me" section opens with its title and its call card in
// view; parents reach their guide from the top of home and from the help page.
// Run: npm run build && E2E_SKIP_BUILD=1 node scripts/e2e.js tests/safety.e2e.ts
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { Lesson } from '../src/lib/content/types';
import { NEUTRAL_SITE } from '../src/lib/safety/quick-exit';
import { axe } from './helpers/axe';
import { course, guideRoutes } from './helpers/content';
import { waitForWorker } from './pwa/helpers';

const NEUTRAL = new URL(NEUTRAL_SITE);
const HOME_TITLE = 'Chào em! Cùng tập an toàn trên mạng nhé.';

/**
 * Nothing leaves the machine: the neutral site is answered here (a plain page, as the real
 * one would be), and any other outside request is refused and recorded.
 */
async function closedNetwork(context: BrowserContext, origin: string) {
	const outside: string[] = [];
	await context.route(
		(url) => url.origin !== origin,
		async (route) => {
			const url = new URL(route.request().url());
			if (url.origin === NEUTRAL.origin)
				return route.fulfill({
					contentType: 'text/html; charset=utf-8',
					body: '<!doctype html><html lang="vi"><title>Thời tiết</title><h1>Thời tiết hôm nay</h1></html>'
				});
			outside.push(url.href);
			return route.abort();
		}
	);
	return outside;
}

async function openHelpFromHome(page: Page) {
	await page.goto('./');
	await page.getByRole('link', { name: 'Cần giúp đỡ?' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Cần giúp đỡ?' })).toBeVisible();
	// The help page says in one line what the button does.
	await expect(page.getByText(/Thoát nhanh.*Esc hai lần.*Quay lại/)).toBeVisible();
}

test('quick exit from the help page leaves the app, and Back does not show the help page', async ({
	page,
	context,
	baseURL
}) => {
	const outside = await closedNetwork(context, new URL(baseURL!).origin);
	await openHelpFromHome(page);
	const exit = page.getByRole('button', { name: 'Thoát nhanh' });
	// One in the bar under the header, one inside the "this happened" section.
	await expect(exit).toHaveCount(2);
	await exit.first().click();
	await page.waitForURL((url) => url.origin === NEUTRAL.origin);
	await expect(page.getByRole('heading', { name: 'Thời tiết hôm nay' })).toBeVisible();
	await page.goBack();
	await page.waitForLoadState();
	expect(page.url()).not.toContain('tro-giup');
	await expect(page.getByRole('heading', { name: 'Cần giúp đỡ?' })).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1, name: HOME_TITLE })).toBeVisible();

	expect(outside).toEqual([]);
});

test('Esc twice anywhere leaves the app the same way; a single Esc does nothing', async ({
	page,
	context,
	baseURL
}) => {
	const outside = await closedNetwork(context, new URL(baseURL!).origin);
	await openHelpFromHome(page);
	await page.keyboard.press('Escape');
	await page.waitForTimeout(1200);
	await page.keyboard.press('Escape');
	await page.waitForTimeout(300);
	await expect(page.getByRole('heading', { level: 1, name: 'Cần giúp đỡ?' })).toBeVisible();
	await page.keyboard.press('Escape');
	await page.waitForURL((url) => url.origin === NEUTRAL.origin);
	await page.goBack();
	await page.waitForLoadState();
	expect(page.url()).not.toContain('tro-giup');
	await expect(page.getByRole('heading', { level: 1, name: HOME_TITLE })).toBeVisible();

	// On a lesson too (a page without the help link focused or anything else special).
	const lesson = course.lessons[0];
	await page.goto(`${lesson.band}/${lesson.slug}/`);
	await expect(page.getByRole('button', { name: 'Thoát nhanh' })).toBeVisible();
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await page.waitForURL((url) => url.origin === NEUTRAL.origin);
	expect(outside).toEqual([]);
});

test.describe('offline', () => {
	// The calculator page has its own strict policy; axe is injected past it.
	test.use({ bypassCSP: true });

	test('offline, quick exit opens a plain calculator from the app’s own cache', async ({
		page,
		context,
		baseURL
	}) => {
		await closedNetwork(context, new URL(baseURL!).origin);
		await page.goto('./');
		await waitForWorker(page);
		await openHelpFromHome(page);
		await context.setOffline(true);
		await page.getByRole('button', { name: 'Thoát nhanh' }).last().click();
		await page.waitForURL(/\/may-tinh\/$/);
		await expect(page).toHaveTitle('Máy tính');
		// Nothing of Khiên Nhỏ on it: no header, logo, name or help link.
		const text = await page.locator('body').innerText();
		expect(text).not.toMatch(/Khiên|Cần giúp|111/);
		await expect(page.locator('header, img, svg')).toHaveCount(0);
		for (const k of ['7', 'Cộng', '5', 'Bằng']) await page.getByRole('button', { name: k }).click();
		await expect(page.locator('output')).toHaveText('12');
		await page.keyboard.type('9*3');
		await page.keyboard.press('Enter');
		await expect(page.locator('output')).toHaveText('27');
		expect(await axe(page)).toEqual([]);
		await page.goBack();
		await page.waitForLoadState();
		expect(page.url()).not.toContain('tro-giup');
		await expect(page.getByRole('heading', { level: 1, name: HOME_TITLE })).toBeVisible();
	});
});

// --- tel: links ---------------------------------------------------------------------------

/** Every hotline number in the page's text that is not in a link (tel: or other) or a heading. */
async function bareNumbers(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		const number = /(?<![\p{L}\p{N}_./@-])(111|113|114|115)(?![\p{L}\p{N}_@]|[.,/-][\p{L}\p{N}])/gu;
		const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement!;
			// A call link already, or a heading; or inside another link (a link cannot hold one).
			if (el.closest('a[href], h1, h2, h3, h4, h5, h6, script, style')) continue;
			for (const m of n.textContent!.matchAll(number))
				found.push(
					`${m[0]} in <${el.tagName.toLowerCase()}>: "${n.textContent!.trim().slice(0, 80)}"`
				);
		}
		return found;
	});
}

test('every help and guide page: no 111, 113, 114 or 115 outside a tel: link (headings aside)', async ({
	page
}) => {
	test.setTimeout(120_000);
	const routes = ['tro-giup/', 'phu-huynh/', 'thay-co/', ...guideRoutes];
	expect(guideRoutes.length).toBeGreaterThanOrEqual(10);
	const problems: Record<string, string[]> = {};
	let links = 0;
	for (const route of routes) {
		await page.goto(route);
		await expect(page.locator('h1').first()).toBeVisible();
		const bare = await bareNumbers(page);
		if (bare.length) problems[route] = bare;
		links += await page.locator('main a[href^="tel:"]').count();
	}
	expect(problems).toEqual({});
	expect(links).toBeGreaterThan(40);
	// The parents' disclosure guide: its five mentions of 111 were plain text (tongdai111.vn,
	// an address, stays as it is).
	await page.goto('phu-huynh/khi-con-ke-chuyen/');
	expect(await page.locator('main a[href="tel:111"]').count()).toBeGreaterThanOrEqual(5);
});

test('lesson pages’ data: every number written for a child to call is a tel: link', () => {
	const bare = /(?<![\p{L}\p{N}_./@-])(111|113|114|115)(?![\p{L}\p{N}_@]|[.,/-][\p{L}\p{N}])/u;
	const problems: string[] = [];
	let linked = 0;
	/** Walks the lesson's data; html outside headings and links must have no bare number. */
	function visit(value: unknown, path: string) {
		if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}[${i}]`));
		if (!value || typeof value !== 'object') return;
		for (const [key, v] of Object.entries(value)) {
			// Answer labels sit inside buttons, where a link cannot go.
			if (key === 'label' && /options\[\d+\]$/.test(path)) continue;
			if (key === 'html' && typeof v === 'string') {
				linked += (v.match(/href="tel:/g) ?? []).length;
				const text = v
					.replace(/<h[1-6][^>]*>[\s\S]*?<\/h[1-6]>/g, '')
					.replace(/<a [^>]*href="tel:[^"]*"[^>]*>[\s\S]*?<\/a>/g, '')
					.replace(/<[^>]+>/g, ' ');
				if (bare.test(text)) problems.push(`${path}.html: ${text.trim().slice(0, 100)}`);
			} else visit(v, `${path}.${key}`);
		}
	}
	for (const lesson of course.lessons as Lesson[]) {
		const { facilitator: _f, parents: _p, ...learner } = lesson;
		visit(learner, lesson.path);
	}
	expect(problems).toEqual([]);
	expect(linked).toBeGreaterThan(100);
});

// --- the disclosure section and the parents' link ----------------------------------------

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('"this happened to me" from a plain step lands on the section title and its call card', async ({
		page
	}) => {
		const lesson = course.lessons.find((l) => l.screens[0]?.kind === 'step')!;
		const first = lesson.screens[0];
		await page.goto(`${lesson.band}/${lesson.slug}/`);
		await expect(
			page.getByRole('heading', { level: 1, name: first.kind === 'step' ? first.title : '' })
		).toBeVisible();
		await page.getByRole('link', { name: 'Chuyện này đã xảy ra với em' }).tap();
		await page.waitForURL(/\/tro-giup\/#da-xay-ra$/);
		const section = page.locator('#da-xay-ra');
		const title = section.getByRole('heading', {
			level: 2,
			name: 'Nếu chuyện này đã xảy ra với em'
		});
		await expect(title).toBeInViewport();
		// Not under the sticky header nor the quick-exit row: the title itself is on top.
		const covered = await title.evaluate((h) => {
			const r = h.getBoundingClientRect();
			const top = document.elementFromPoint(r.left + 10, r.top + r.height / 2);
			return !h.contains(top);
		});
		expect(covered).toBe(false);
		await expect(section.getByRole('link', { name: /Gọi 111/ })).toHaveAttribute('href', 'tel:111');
		await expect(section.getByRole('link', { name: /Gọi 111/ })).toBeInViewport();
		await expect(section.getByRole('button', { name: 'Thoát nhanh' })).toBeVisible();
		// The steps' "Hoặc em tự gọi 111" is a call link too.
		await expect(section.locator('ol a[href="tel:111"]')).toHaveCount(1);
		await page.screenshot({ path: 'test-results/screens/help-happened-360x740.png' });
	});

	test('parents find the disclosure guide near the top of home and on the help page', async ({
		page
	}) => {
		await page.goto('./');
		const link = page.getByRole('link', { name: 'Bạn là phụ huynh? Khi con kể chuyện đã xảy ra' });
		await expect(link).toBeInViewport();
		await link.tap();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Khi con kể với bạn một chuyện đã xảy ra' })
		).toBeVisible();
		await expect(page.getByRole('button', { name: 'Thoát nhanh' })).toBeVisible();
		await page.goto('tro-giup/');
		await page.getByRole('link', { name: 'Bạn là phụ huynh? Khi con kể chuyện đã xảy ra' }).tap();
		await expect(page).toHaveURL(/\/phu-huynh\/khi-con-ke-chuyen\/$/);
	});
});
