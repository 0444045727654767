// The class summary a club leader reads on a shared tablet: one band at a time if they like,
// symbols explained on screen, nicknames in natural order, the CSV of what is shown.
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { completeLesson, saveStep } from '$lib/progress/learning';
import { createMemoryStore } from '$lib/progress/memory';
import { createProfile } from '$lib/progress/profile-edit';
import { BADGES } from '$lib/progress/test-helpers';
import { startAppProgress } from '$lib/progress/test-state';
import ClassSummary from './ClassSummary.svelte';

afterEach(() => {
	vi.restoreAllMocks();
});

const LESSONS = [
	{ id: 'a1', title: 'Cơ thể em', band: '6-8' },
	{ id: 'a2', title: 'Bí mật', band: '6-8' },
	{ id: 'b1', title: 'Mật khẩu', band: '9-10' },
	{ id: 'c1', title: 'Dụ dỗ', band: '11-14' }
] as const;

async function club() {
	const store = createMemoryStore();
	const made: Record<string, string> = {};
	for (const [nickname, band, avatar] of [
		['Bạn số 10', '6-8', 'cat'],
		['Bạn số 2', '6-8', 'dog'],
		['Lan', '9-10', 'owl']
	] as const)
		made[nickname] = (await createProfile(store, { nickname, band, avatar })).id;
	await completeLesson(store, made['Bạn số 2'], 'a1', 1, 1, BADGES);
	await saveStep(store, made['Bạn số 10'], 'a2', 1, 2);
	await completeLesson(store, made['Lan'], 'b1', 1, 0.6, BADGES);
	await startAppProgress(store);
}

function captureCsv() {
	const files: { name: string; text: Promise<string> }[] = [];
	let last: Blob | null = null;
	vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((last = b as Blob), 'blob:test'));
	vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
	vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
		this: HTMLAnchorElement
	) {
		// Decoded keeping the BOM: Blob.text() would drop it silently.
		const bytes = last!.arrayBuffer();
		files.push({
			name: this.download,
			text: bytes.then((b) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b))
		});
	});
	return files;
}

const rowsOf = (table: HTMLElement) =>
	[...table.querySelectorAll('tr')].map((r) =>
		[...r.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim())
	);

describe('ClassSummary by band', () => {
	it('shows the bands that have learners, then one band with its own columns and CSV', async () => {
		const files = captureCsv();
		await club();
		const user = userEvent.setup();
		const { container } = render(ClassSummary, { lessons: [...LESSONS] });
		// Role queries walk the whole page's styles in jsdom: find the one table directly.
		const table = () => container.querySelector('table')!;

		// Every learner, naturally ordered; the columns of 6-8 and 9-10, not of 11-14.
		await vi.waitFor(() => expect(table()).not.toBeNull());
		expect(rowsOf(table())).toEqual([
			['Bạn học', 'Số bài đã xong', 'Cơ thể em', 'Bí mật', 'Mật khẩu'],
			['Bạn số 2', '1/3', '★★★ Xong, 3 sao', '– Chưa học', '– Chưa học'],
			['Bạn số 10', '0/3', '– Chưa học', '… Đang học', '– Chưa học'],
			['Lan', '1/3', '– Chưa học', '– Chưa học', '★★ Xong, 2 sao']
		]);
		expect(screen.getByText('Không xếp hạng.', { exact: false })).toBeVisible();

		// The symbols are explained on screen.
		const legend = screen.getByRole('list', { name: 'Ký hiệu trong bảng:' });
		expect(
			within(legend)
				.getAllByRole('listitem')
				.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())
		).toEqual(['★ Xong, kèm số sao của bài (1 đến 3)', '… Đang học', '– Chưa học']);

		const filter = screen.getByRole('group', { name: 'Xem nhóm tuổi' });
		expect(
			within(filter)
				.getAllByRole('radio')
				.map((r) => r.closest('label')!.textContent!.trim())
		).toEqual(['Tất cả (3)', '6-8 tuổi (2)', '9-10 tuổi (1)']);
		expect(within(filter).getByRole('radio', { name: 'Tất cả (3)' })).toBeChecked();

		await user.click(within(filter).getByRole('radio', { name: '6-8 tuổi (2)' }));
		await vi.waitFor(() =>
			expect(rowsOf(table())).toEqual([
				['Bạn học', 'Số bài đã xong', 'Cơ thể em', 'Bí mật'],
				['Bạn số 2', '1/2', '★★★ Xong, 3 sao', '– Chưa học'],
				['Bạn số 10', '0/2', '– Chưa học', '… Đang học']
			])
		);

		await user.click(screen.getByRole('button', { name: 'Tải bảng của nhóm 6-8 tuổi (CSV)' }));
		expect(files[0].name).toMatch(/^khien-nho-tong-hop-6-8-tuoi-\d{4}-\d{2}-\d{2}\.csv$/);
		expect(await files[0].text).toBe(
			'\uFEFF' +
				[
					'Tên gọi,Độ tuổi,Số bài đã xong,Cơ thể em,Bí mật',
					'Bạn số 2,6-8 tuổi,1,Xong (3 sao),Chưa học',
					'Bạn số 10,6-8 tuổi,0,Chưa học,Đang học',
					''
				].join('\r\n')
		);

		await user.click(within(filter).getByRole('radio', { name: 'Tất cả (3)' }));
		await user.click(await screen.findByRole('button', { name: 'Tải bảng tổng hợp (CSV)' }));
		expect(files[1].name).toMatch(/^khien-nho-tong-hop-\d{4}-\d{2}-\d{2}\.csv$/);
		expect(
			(await files[1].text)
				.split('\r\n')
				.slice(1, 4)
				.map((l) => l.split(',')[0])
		).toEqual(['Bạn số 2', 'Bạn số 10', 'Lan']);
	});
});
