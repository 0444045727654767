// A coordinator in a fresh browser imports the classes' summary files, sees before against
// after per objective with a chart, a group of three children kept hidden, and bad files
// refused without changing anything.
// Run: npm run build && E2E_SKIP_BUILD=1 npx playwright test tests/evaluation-report.e2e.ts --workers=1
// The files are made here with the app's own builder (src/lib/evaluation/fixtures.ts), and
// the page gets the fixture codebook the files were made against, whatever the build's own
// codebook says (the forms may change; this test is about the report).
import { expect, test, type Page } from '@playwright/test';
import {
	FIXTURE_OBJECTIVES,
	fixtureClass,
	fixtureCodebookJson
} from '../src/lib/evaluation/fixtures';
import {
	MAX_SUMMARY_BYTES,
	checksumOf,
	serializeSummary,
	type Summary
} from '../src/lib/evaluation/summary';
import { axe } from './helpers/axe';

test.use({ bypassCSP: true });

const json = (name: string, text: string) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(text, 'utf8')
});

type File = Record<string, unknown> & {
	counts: Record<string, Record<string, Record<string, number>>>;
};

/** Change a file as written (counts nested: leaf -> cell -> option) and sign it again. */
async function resigned(s: Summary, change: (x: File) => void) {
	const copy = JSON.parse(serializeSummary(s)) as File;
	change(copy);
	copy.checksum = await checksumOf(copy);
	return JSON.stringify(copy);
}

/** The first count of a file as written. */
function first(x: File) {
	const leaf = Object.keys(x.counts)[0];
	const cell = Object.keys(x.counts[leaf])[0];
	return { leaf, options: x.counts[leaf][cell] };
}
const setFirst = (n: number) => (x: File) => {
	const { options } = first(x);
	options[Object.keys(options)[0]] = n;
};

async function open(page: Page) {
	await page.route('**/thay-co/danh-gia/codebook.json', (route) =>
		route.fulfill({ json: fixtureCodebookJson() })
	);
	await page.goto('thay-co/danh-gia/bao-cao/');
	await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo sơ kết' })).toBeVisible();
	await expect(page.getByText('Chọn tệp (có thể chọn nhiều tệp)')).toBeVisible();
}

const fileInput = (page: Page) => page.locator('input[type="file"]');
const percents = async (row: ReturnType<Page['locator']>) =>
	(await row.locator('td').allTextContents()).slice(1).map((s) => s.trim());

test('imports classes, shows the change and a chart, hides a group of three', async ({ page }) => {
	const small = await fixtureClass({ round: 'nhom3abc', label: 'Nhóm nhỏ', children: 3, seed: 9 });
	const big = await fixtureClass({
		round: 'lop7a001',
		label: 'THCS Phú Hội - 7A',
		children: 20,
		seed: 4
	});
	const mid = await fixtureClass({
		round: 'lop8b001',
		label: 'THCS Vĩnh Ninh - 8B',
		children: 14,
		seed: 5
	});
	const files = [small, big, mid].map((s) => json(`${s.round}.json`, serializeSummary(s)));

	await open(page);
	await fileInput(page).setInputFiles([...files, json('ban-sao.json', serializeSummary(big))]);
	await expect(page.getByTestId('import-result')).toHaveText(
		'Đã xem 4 tệp: 3 tệp mới, 0 tệp thay bản cũ, 1 tệp đã có, 0 tệp bị từ chối.'
	);
	await expect(page.getByRole('heading', { name: 'Các tệp đã nhập (3)' })).toBeVisible();

	// Who took part: the small group's cells and totals are all "< 5".
	const report = page.getByTestId('report');
	const smallRow = report.getByRole('row', { name: /Nhóm nhỏ/ }).first();
	await expect(smallRow.locator('td')).toHaveText(Array(6).fill('< 5'));
	const all = report.getByRole('row', { name: /^Tất cả/ }).first();
	await expect(all.locator('td').nth(2)).toHaveText('37');

	// All groups: each objective higher after than before, with its chart.
	const objectives = report.getByTestId('objectives').first();
	for (const o of FIXTURE_OBJECTIVES) {
		const row = objectives.getByRole('row', { name: new RegExp(o.code) });
		const [pre, post] = await percents(row);
		expect(Number.parseInt(post)).toBeGreaterThan(Number.parseInt(pre));
	}
	const chart = report.getByRole('img', {
		name: /Tỉ lệ ý trả lời đúng theo mục tiêu, mỗi đợt/
	});
	await expect(chart.first()).toBeVisible();
	expect(await chart.first().locator('rect').count()).toBeGreaterThan(4);

	// The small group on its own: nothing but "< 5".
	await report.getByLabel('Xem nhóm').first().selectOption({ label: 'Nhóm nhỏ' });
	await expect(report.getByRole('heading', { level: 3, name: 'Nhóm nhỏ' })).toBeVisible();
	for (const o of FIXTURE_OBJECTIVES) {
		const row = report
			.getByTestId('objectives')
			.first()
			.getByRole('row', { name: new RegExp(o.code) });
		expect(await percents(row)).toEqual(['< 5', '< 5']);
	}
	await report.getByLabel('Xem nhóm').first().selectOption({ label: 'Tất cả các nhóm' });

	// Kept on the device: a reload shows the same.
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Các tệp đã nhập (3)' })).toBeVisible();
	await expect(page.getByText('Ghi chú về phương pháp')).toBeVisible();

	expect(await axe(page)).toEqual([]);
});

test('bad files are refused with a reason each and the report stays as it was', async ({
	page
}) => {
	const good = await fixtureClass({ round: 'lop7a001', label: 'THCS Phú Hội - 7A', children: 20 });
	const next = await fixtureClass({
		round: 'lop7a001',
		revision: 2,
		label: 'THCS Phú Hội - 7A',
		children: 20,
		seed: 2
	});
	await open(page);
	await fileInput(page).setInputFiles([json('lop7a.json', serializeSummary(good))]);
	await expect(page.getByTestId('import-result')).toContainText('1 tệp mới');
	const before = await page.getByTestId('report').innerText();

	const bad = [
		json('trong.json', ''),
		json('qua-lon.json', `{"format":"khien-nho/danh-gia","x":"${'a'.repeat(MAX_SUMMARY_BYTES)}"}`),
		json('khong-phai-json.json', '{"format":"khien-nho/danh-gia", "round":'),
		json('sao-luu.json', '{"app":"khien-nho","kind":"backup","version":1}'),
		json('moi-hon.json', await resigned(next, (x) => (x.version = 3))),
		json(
			'thieu-muc.json',
			await resigned(next, (x) => delete (x as Record<string, unknown>).counts)
		),
		json('bi-sua.json', serializeSummary(next).replace('"minutes":40', '"minutes":90')),
		json('so-am.json', await resigned(next, setFirst(-1))),
		json(
			'cau-la.json',
			await resigned(next, (x) => {
				const { leaf } = first(x);
				x.counts['dg-11-14-a.77'] = x.counts[leaf];
				delete x.counts[leaf];
			})
		),
		json('qua-so-em.json', await resigned(next, setFirst(99))),
		json(
			'co-gio.json',
			await resigned(next, (x) => ((x.sessions as { date: string }[])[0].date = '2026-11-18T08:15'))
		),
		json(
			'co-ten.json',
			await resigned(next, (x) => ((x.group as Record<string, string>).student = 'Lan'))
		),
		json(
			'trung-so-hieu.json',
			await resigned(good, (x) => ((x.sessions as { minutes: number }[])[0].minutes = 45))
		)
	];
	await fileInput(page).setInputFiles(bad);
	await expect(page.getByTestId('import-result')).toHaveText(
		`Đã xem ${bad.length} tệp: 0 tệp mới, 0 tệp thay bản cũ, 0 tệp đã có, ${bad.length} tệp bị từ chối.`
	);
	const refused = page.locator('li[data-status="refused"]');
	await expect(refused).toHaveCount(bad.length);
	for (const [name, reason] of [
		['trong.json', 'Tệp trống'],
		['qua-lon.json', 'Tệp quá lớn'],
		['khong-phai-json.json', 'không phải tệp JSON'],
		['sao-luu.json', 'không phải tệp tổng hợp đánh giá'],
		['moi-hon.json', 'phiên bản mới hơn'],
		['thieu-muc.json', 'thiếu mục'],
		['bi-sua.json', 'Mã kiểm tra không khớp'],
		['so-am.json', 'số đếm âm'],
		['cau-la.json', 'không có trong sổ mã'],
		['qua-so-em.json', 'lớn hơn số em'],
		['co-gio.json', 'giờ phút'],
		['co-ten.json', 'cho biết tên một em'],
		['trung-so-hieu.json', 'Hai tệp khác nhau cùng số hiệu']
	])
		await expect(refused.filter({ hasText: name })).toContainText(reason);
	expect(await page.getByTestId('report').innerText()).toBe(before);
	await expect(page.getByRole('heading', { name: 'Các tệp đã nhập (1)' })).toBeVisible();
	expect(await axe(page)).toEqual([]);
});
