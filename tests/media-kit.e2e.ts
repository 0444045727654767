// The communication kit (issue 21): cards drawn on the device download as PNGs of the exact
// size, their text fits its boxes, the caption is complete, it all works offline, the plan's
// CSV opens in a spreadsheet with Vietnamese intact, posters print on one page, and the kit
// stays out of the children's pages and install.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { axe } from './helpers/axe';
import { heaviestLesson, pageAssets } from '../scripts/lib/measure.js';
import { takeAdultsPack } from './helpers/adults-pack';

test.use({ bypassCSP: true });
const KIT = 'thay-co/truyen-thong/';
const SIZES = { portrait: [1080, 1350], square: [1080, 1080], story: [1080, 1920] } as const;
const card = (page: Page) => page.getByTestId('share-card');

/** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian). */
function pngSize(buf: Buffer) {
	expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(buf.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

async function pickSize(page: Page, size: keyof typeof SIZES) {
	await page.locator(`input[name="card-size"][value="${size}"]`).check();
	await expect(card(page)).toHaveAttribute('data-size', size);
	await expect(card(page)).toHaveAttribute('data-ready', 'true');
}

type Report = Record<
	string,
	{ box: { w: number; h: number }; width: number; height: number; fits: boolean; size: number }
>;
async function layout(page: Page): Promise<Report> {
	return JSON.parse((await card(page).getAttribute('data-layout'))!);
}

test('a card downloads as a PNG of exactly each size, in the app font', async ({ page }) => {
	await page.goto(KIT);
	await expect(card(page)).toHaveAttribute('data-ready', 'true');
	expect(await page.evaluate(() => document.fonts.check('700 40px "Khien Nho Card"', 'ệ'))).toBe(
		true
	);
	for (const [size, [w, h]] of Object.entries(SIZES)) {
		await pickSize(page, size as keyof typeof SIZES);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Tải ảnh PNG' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(new RegExp(`^khien-nho-.+-${size}\\.png$`));
		const buf = readFileSync((await download.path())!);
		expect(pngSize(buf), size).toEqual([w, h]);
		expect(buf.length, `${size} is a drawn card, not an empty canvas`).toBeGreaterThan(30_000);
	}
	// Share appears only where the browser can share files (headless Chromium cannot).
	const canShare = await page.evaluate(
		() => !!navigator.canShare?.({ files: [new File(['x'], 'x.png', { type: 'image/png' })] })
	);
	await expect(page.getByRole('button', { name: 'Chia sẻ ảnh' })).toHaveCount(canShare ? 1 : 0);
});

test('the longest key message fits its box in every size, measured on the canvas', async ({
	page
}) => {
	await page.goto(KIT);
	await expect(card(page)).toHaveAttribute('data-ready', 'true');
	// Lesson cards are in the age-group lists; the help cards in the last one.
	const longest = await page.evaluate(() => {
		const options = [...document.querySelectorAll<HTMLOptionElement>('#card-pick optgroup')]
			.slice(0, -1)
			.flatMap((g) => [...g.querySelectorAll('option')]);
		return options.reduce((a, b) => (b.text.length > a.text.length ? b : a)).value;
	});
	await page.locator('#card-pick').selectOption(longest);
	await expect(card(page)).toHaveAttribute('data-card', longest);
	for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
		await pickSize(page, size);
		const report = await layout(page);
		expect(Object.keys(report).sort()).toEqual([
			'action',
			'brand',
			'heading',
			'hotline',
			'message'
		]);
		for (const [part, r] of Object.entries(report)) {
			expect(r.fits, `${size} ${part}`).toBe(true);
			expect(r.width, `${size} ${part} width`).toBeLessThanOrEqual(r.box.w);
			expect(r.height, `${size} ${part} height`).toBeLessThanOrEqual(r.box.h);
		}
		expect(report.message.size, `${size}: message still large`).toBeGreaterThanOrEqual(40);
	}
	// The help card with the seven steps fits too.
	await page.locator('#card-pick').selectOption('tro-giup-doa-tung-anh');
	for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
		await pickSize(page, size);
		await expect(card(page)).toHaveAttribute('data-card', 'tro-giup-doa-tung-anh');
		const r = (await layout(page)).message;
		expect(r.fits && r.height <= r.box.h && r.width <= r.box.w, size).toBe(true);
	}
});

test('the caption has 111, a hashtag, a description, and an alt text of at most 100', async ({
	page
}) => {
	await page.goto(KIT);
	await expect(card(page)).toHaveAttribute('data-ready', 'true');
	for (const id of [
		'tro-giup-doa-tung-anh',
		await page.locator('#card-pick option').first().getAttribute('value')
	]) {
		await page.locator('#card-pick').selectOption(id!);
		const caption = await page.getByTestId('caption').inputValue();
		const alt = await page.getByTestId('alt-text').inputValue();
		expect(caption).toContain('111');
		expect(caption).toMatch(/#KhienNho\b/);
		expect(caption).toMatch(/\[Mô tả ảnh: [^\]]+\]$/);
		expect(alt.length).toBeGreaterThan(20);
		expect(alt.length).toBeLessThanOrEqual(100);
		// The picture's accessible name is the alt text.
		await expect(page.getByRole('img', { name: alt })).toBeVisible();
	}
});

test('cards render offline once the adults’ pack is on the device', async ({ page, context }) => {
	test.setTimeout(120_000);
	// The kit is in the adults' pack (issue 25), not the children's first install: an adult
	// takes the pack from /thay-co/, then the kit opens with no network.
	await takeAdultsPack(page);
	await context.setOffline(true);
	await page.goto(KIT);
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);
	await expect(card(page)).toHaveAttribute('data-ready', 'true');
	await pickSize(page, 'story');
	const report = await layout(page);
	expect(report.message.fits).toBe(true);
	expect(await card(page).evaluate((c: HTMLCanvasElement) => [c.width, c.height])).toEqual([
		1080, 1920
	]);
	await context.setOffline(false);
});

test('the plan has 12 weeks and its CSV opens with a BOM and Vietnamese intact', async ({
	page
}) => {
	await page.goto(`${KIT}ke-hoach/`);
	await page.getByTestId('plan-start').fill('2026-07-06');
	await page.getByTestId('plan-school').fill('2026-09-05');
	const rows = page.getByTestId('plan').locator('tbody tr');
	await expect(rows).toHaveCount(12);
	await expect(rows.nth(7)).toContainText('Tuần trước khi vào năm học');
	await expect(rows.nth(5)).toContainText('Tuần dành cho bố mẹ');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Tải bảng tính CSV' }).click()
	]);
	const buf = readFileSync((await download.path())!);
	expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = buf.toString('utf8').slice(1);
	expect(text.startsWith('Tuần,Ngày đăng,')).toBe(true);
	expect(text).toContain('Tuần trước khi vào năm học');
	expect(text).toContain('24/08/2026');
	expect(text).not.toContain('\uFFFD');
	// A date far from September: the plan says so instead of inventing the week.
	await page.getByTestId('plan-school').fill('2027-09-05');
	await expect(page.getByText(/không nằm trong 12 tuần này/)).toBeVisible();
});

test('posters print to one A4 page and one A3 page', async ({ page }) => {
	await page.goto(`${KIT}ap-phich/`);
	const pages = [];
	for (const [size, [w, h]] of [
		['a4', [595, 842]],
		['a3', [842, 1191]]
	] as const) {
		for (const band of ['6-8', '15-17']) {
			await page.locator(`input[name="poster-band"][value="${band}"]`).check();
			await page.locator(`input[name="poster-size"][value="${size}"]`).check();
			await expect(page.getByTestId('poster')).toHaveAttribute('data-size', size);
			await page.emulateMedia({ media: 'print' });
			// The poster holds its messages: nothing spills out of its page-high box.
			const spill = await page
				.getByTestId('poster')
				.evaluate((el) => el.scrollHeight - el.clientHeight);
			expect(spill, `${size} ${band}`).toBeLessThanOrEqual(1);
			const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
			const text = pdf.toString('latin1');
			const count = (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
			const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text)!;
			pages.push({ size, band, count });
			expect(count, `${size} ${band} pages`).toBe(1);
			expect([Math.round(+box[1]), Math.round(+box[2])], `${size} paper`).toEqual([w, h]);
			await page.emulateMedia({ media: 'screen' });
		}
	}
});

test('the kit pages have no axe violations', async ({ page }) => {
	for (const route of ['', 'ke-hoach/', 'ap-phich/', 'bao-chi/']) {
		await page.goto(KIT + route);
		if (route === '') await expect(card(page)).toHaveAttribute('data-ready', 'true');
		expect(await axe(page), route || 'kit').toEqual([]);
	}
});

test('the press page prints the contact typed in, and keeps it nowhere', async ({ page }) => {
	await page.goto(`${KIT}bao-chi/`);
	await page.getByLabel(/Thông tin liên hệ/).fill('Trường Tiểu học Thuận Thành\nĐiện thoại 0234');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('contact-print')).toContainText('Trường Tiểu học Thuận Thành');
	await page.emulateMedia({ media: 'screen' });
	const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
	expect(stored).not.toContain('Thuận Thành');
	await page.reload();
	await expect(page.getByLabel(/Thông tin liên hệ/)).toHaveValue('');
	for (const img of await page.locator('.shots img').all())
		expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(360);
});

test("the kit's code and pictures stay out of the children's pages and install", () => {
	const dir = process.env.BUILD_DIR || 'build';
	// The card font's own name appears only in the kit's code.
	for (const route of ['', '6-8/', 'tro-giup/', heaviestLesson(dir)]) {
		for (const f of pageAssets(dir, route).jsFiles)
			expect(readFileSync(join(dir, f), 'utf8'), `${route} ${f}`).not.toContain('Khien Nho Card');
	}
	const kit = pageAssets(dir, KIT);
	expect(
		kit.jsFiles.some((f) => readFileSync(join(dir, f), 'utf8').includes('Khien Nho Card'))
	).toBe(true);
	const sw = readFileSync(join(dir, 'service-worker.js'), 'utf8');
	expect(sw).toContain('"url":"thay-co/truyen-thong/"');
	expect(sw).not.toMatch(/truyen-thong\/(home|lesson|help)\.png/);
	expect(readdirSync(join(dir, 'truyen-thong')).sort()).toEqual([
		'help.png',
		'home.png',
		'lesson.png'
	]);
});
