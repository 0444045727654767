// The effectiveness check on one device (issue 20): three learners take the pre form, a
// session is logged, they take the post form (the other form each), and the summary file
// is exported. The downloaded bytes hold none of the nicknames. The file is saved as
// test-results/evaluation/danh-gia-<band>-<round>-r<revision>.json for the coordinator's
// e2e. A fresh browser then imports it with the build's real codebook: the three children are
// hidden; with two classes of twenty on the same forms beside them, the change shows.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { passGate } from './helpers/gate';
import { addLearner, switchTo } from './helpers/profiles';
import { fixtureClass } from '../src/lib/evaluation/fixtures';
import { codebookObjectives, codebookRows } from '../src/lib/evaluation/instruments/codebook';
import { loadInstruments } from '../src/lib/evaluation/instruments/load';
import { readSummary, serializeSummary } from '../src/lib/evaluation/summary';

const BAND = '11-14';
const KIDS = ['Mèo Mun', 'Sóc Nâu', 'Cún Vàng'];
const LABEL = 'THCS Phú Hội - 7A';
export const SUMMARY_DIR = 'test-results/evaluation';

async function tools(page: Page) {
	await page.goto('thay-co/danh-gia/may-nay/');
	await page.getByRole('button', { name: 'Mở công cụ' }).click();
	await passGate(page);
}
const group = (page: Page) => page.locator('article.group', { hasText: LABEL });

/** Takes the check from the band page; `skip` presses "Bỏ qua" on every screen. */
async function takeCheck(page: Page, opts: { skip?: boolean; worried?: boolean } = {}) {
	await page.goto(`${BAND}/`);
	await page.getByTestId('check-offer').getByRole('link').click();
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	const check = page.locator('.check');
	// The form is chosen once the check has started (after its store is open).
	await expect(check).toHaveAttribute('data-form', /^[AB]$/);
	const form = await check.getAttribute('data-form');
	const next = page.getByRole('button', { name: 'Tiếp tục' });
	for (let guard = 0; guard < 40; guard++) {
		if (await page.getByRole('heading', { name: 'Cảm ơn bạn' }).isVisible()) break;
		const progress = (await page.locator('.progress').textContent()) ?? '';
		if (opts.skip) {
			await page.getByRole('button', { name: 'Bỏ qua' }).click();
		} else if (await page.locator('[role=radiogroup]').isVisible()) {
			const radios = page.locator('[role=radiogroup] [role=radio]');
			const worry = await page.getByRole('radio', { name: /Lo nhiều/ }).isVisible();
			if (worry && opts.worried) {
				await page.getByRole('radio', { name: /Lo nhiều/ }).click();
				// The help lines come at once: not your fault, a trusted adult, 111 to call.
				await expect(page.getByText('đó không phải lỗi của bạn')).toBeVisible();
				await expect(page.getByRole('link', { name: /Gọi 111/ })).toHaveAttribute(
					'href',
					'tel:111'
				);
			} else await radios.nth(1).click();
			await next.click();
		} else if (await page.locator('.bins').isVisible()) {
			const bin = page.locator('.bins .option-button').first();
			while (await next.isHidden()) await bin.click();
			await next.click();
		} else {
			const option = page.locator('ul.options .option-button').first();
			if (await option.isVisible()) await option.click();
			else await page.locator('.screen button').first().click();
			// No right or wrong is ever shown.
			await expect(page.getByText(/Đúng rồi|Chưa đúng/)).toHaveCount(0);
			await next.click();
		}
		const [n, total] = progress.match(/\d+/g)!.map(Number);
		// The screen has moved on (or, after the last, the thanks have come) before looking again.
		if (n < total) await expect(page.locator('.progress')).not.toHaveText(progress);
		else await expect(page.getByRole('heading', { name: 'Cảm ơn bạn' })).toBeVisible();
	}
	await expect(page.getByRole('heading', { name: 'Cảm ơn bạn' })).toBeVisible();
	await expect(page.getByText(/điểm|sao/i)).toHaveCount(0);
	return form;
}

test('three learners take pre and post; the exported summary names no child, and the coordinator imports it', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(240_000);
	for (const name of KIDS) await addLearner(page, name, BAND);

	await tools(page);
	await page.getByLabel('Tên nhóm (trường và lớp)').fill(LABEL);
	await page.getByLabel('Lứa tuổi').selectOption(BAND);
	await page.getByRole('button', { name: 'Tạo nhóm' }).click();
	await expect(group(page)).toBeVisible();

	const pre: (string | null)[] = [];
	for (const [i, name] of KIDS.entries()) {
		await switchTo(page, name);
		pre.push(await takeCheck(page, { skip: i === 2, worried: i === 0 }));
	}
	// Alternating per band on the device: half A, half B.
	expect(pre).toEqual(['A', 'B', 'A']);
	// Once taken, the band page no longer offers it to that learner.
	await page.goto(`${BAND}/`);
	await expect(page.getByTestId('check-offer')).toHaveCount(0);

	await tools(page);
	const g = group(page);
	await expect(g.getByTestId('takers')).toContainText('3 trước khi học');
	await g.getByLabel('Số phút').fill('45');
	await g.getByLabel('Số em có mặt').fill('3');
	await g.locator('fieldset input[type=checkbox]').first().check();
	await g.getByRole('button', { name: 'Ghi buổi học' }).click();
	await expect(g.getByText(/45 phút, 3 em, 1 bài/)).toBeVisible();
	await g.getByLabel('Đợt mở cho các em').selectOption('post');
	await expect(g.getByLabel('Đợt mở cho các em')).toHaveValue('post');

	const post: (string | null)[] = [];
	for (const name of KIDS) {
		await switchTo(page, name);
		post.push(await takeCheck(page));
	}
	// Each learner gets the other form at post.
	expect(post).toEqual(['B', 'A', 'B']);

	await tools(page);
	const download = page.waitForEvent('download');
	await group(page).getByRole('button', { name: 'Xuất tệp tổng hợp (JSON)' }).click();
	const file = await download;
	const bytes = readFileSync(await file.path());
	const text = bytes.toString('utf8');
	for (const name of KIDS) {
		expect(text).not.toContain(name);
		expect(bytes.includes(Buffer.from(name, 'utf8'))).toBe(false);
	}
	// Counts are written nested (leaf -> cell -> option); read back as rows by the app's reader.
	expect(Array.isArray(JSON.parse(text).counts)).toBe(false);
	const summary = readSummary(text);
	expect(summary).toMatchObject({
		format: 'khien-nho/danh-gia',
		version: 2,
		revision: 1,
		group: { label: LABEL, band: BAND }
	});
	expect(summary.takers).toEqual([
		{ wave: 'pre', form: 'A', n: 2 },
		{ wave: 'pre', form: 'B', n: 1 },
		{ wave: 'post', form: 'A', n: 1 },
		{ wave: 'post', form: 'B', n: 2 }
	]);
	expect(summary.sessions).toHaveLength(1);
	expect(summary.exported).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	const worry = summary.counts.filter((c) => c.leaf === `dg-${BAND}-chung.w`);
	expect(worry.find((c) => c.wave === 'pre' && c.option === '3')?.n).toBe(1);
	expect(summary.counts.some((c) => c.option === 'skip' && c.wave === 'pre')).toBe(true);
	expect(summary.counts.filter((c) => c.arm).length).toBeGreaterThan(0);
	expect(file.suggestedFilename()).toBe(`danh-gia-${BAND}-${summary.round}-r1.json`);
	mkdirSync(SUMMARY_DIR, { recursive: true });
	writeFileSync(`${SUMMARY_DIR}/${file.suggestedFilename()}`, bytes);

	// The QR code carries the same file in frames KN1/<round>/<revision>/<i>/<n>/<chunk>.
	await group(page).getByRole('button', { name: 'Hiện mã QR' }).click();
	await expect(page.getByTestId('summary-qr')).toHaveAttribute(
		'data-frame',
		new RegExp(`^KN1/${summary.round}/2/\\d+/\\d+/`)
	);
	await expect(page.getByTestId('summary-qr').locator('svg')).toBeVisible();

	// The coordinator, on another device, imports the very file with the build's real codebook.
	const coordinator = await browser.newContext({
		baseURL: testInfo.project.use.baseURL,
		locale: 'vi-VN'
	});
	const report = await coordinator.newPage();
	await report.goto('thay-co/danh-gia/bao-cao/');
	await report.locator('input[type="file"]').setInputFiles({
		name: file.suggestedFilename(),
		mimeType: 'application/json',
		buffer: bytes
	});
	await expect(report.getByTestId('import-result')).toHaveText(
		'Đã xem 1 tệp: 1 tệp mới, 0 tệp thay bản cũ, 0 tệp đã có, 0 tệp bị từ chối.'
	);
	const shown = report.getByTestId('report');
	// Three children: every count of the group is hidden ("< 5"), never a number.
	const row = shown.getByRole('row', { name: new RegExp(LABEL) }).first();
	await expect(row.locator('td').first()).toHaveText('< 5');
	// The objectives carry their words from the codebook, not their codes.
	const words = codebookObjectives(loadInstruments({ root: process.cwd() }).bands).filter(
		(o) => o.band === BAND
	);
	expect(words.length).toBeGreaterThan(1);
	for (const o of words)
		await expect(shown.getByTestId('objectives').first()).toContainText(o.text);

	// Two classes of twenty on the same real forms beside it (made by the app's builder): the
	// change shows per objective, with its chart, and the three children stay hidden.
	const book = codebookRows(loadInstruments({ root: process.cwd() }).bands).filter(
		(l) => l.band === BAND
	);
	const classes = await Promise.all(
		[1, 2].map((i) =>
			fixtureClass({
				codebook: book,
				round: `lopthu0${i}`,
				label: `Lớp thử ${i}`,
				seed: i,
				children: 20
			})
		)
	);
	await report.locator('input[type="file"]').setInputFiles(
		classes.map((s) => ({
			name: `${s.round}.json`,
			mimeType: 'application/json',
			buffer: Buffer.from(serializeSummary(s))
		}))
	);
	await expect(report.getByRole('heading', { name: 'Các tệp đã nhập (3)' })).toBeVisible();
	const objectives = shown.getByTestId('objectives').first();
	for (const o of words) {
		const cells = objectives
			.locator('tbody tr')
			.filter({ has: report.locator('code').getByText(o.code, { exact: true }) })
			.locator('td');
		const [pre, post] = (await cells.allTextContents()).slice(1).map((x) => Number.parseInt(x));
		expect(post, o.code).toBeGreaterThan(pre);
	}
	const chart = shown.getByRole('img', { name: /Tỉ lệ ý trả lời đúng theo mục tiêu, mỗi đợt/ });
	await expect(chart.first()).toBeVisible();
	await expect(
		shown
			.getByRole('row', { name: new RegExp(LABEL) })
			.first()
			.locator('td')
			.first()
	).toHaveText('< 5');
	await coordinator.close();
});
