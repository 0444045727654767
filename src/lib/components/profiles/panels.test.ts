import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '$lib/progress/backup-export';
import { applyBackup } from '$lib/progress/backup-merge';
import { createMemoryStore } from '$lib/progress/memory';
import { dump } from '$lib/progress/device';
import { completeLesson, saveStep } from '$lib/progress/learning';
import { createProfile } from '$lib/progress/profile-edit';
import { listProfiles } from '$lib/progress/profiles';
import type { Store } from '$lib/progress/store';
import { BADGES, failingStore, quotaError } from '$lib/progress/test-helpers';
import { startAppProgress } from '$lib/progress/test-state';
import BackupPanel from './BackupPanel.svelte';
import ClassSummary from './ClassSummary.svelte';
import ClearDevice from './ClearDevice.svelte';
import StorageNotice from './StorageNotice.svelte';

afterEach(() => {
	vi.restoreAllMocks();
});

async function device(store: Store = createMemoryStore()) {
	const an = await createProfile(store, { nickname: 'An', avatar: 'dog', band: '6-8' });
	const binh = await createProfile(store, {
		nickname: 'Bình',
		avatar: 'owl',
		band: '6-8',
		pictureCode: ['sun', 'boat', 'heart']
	});
	await completeLesson(store, an.id, 'l1', 1, 1, BADGES);
	await saveStep(store, binh.id, 'l2', 1, 3);
	const progress = await startAppProgress(store);
	return { store, progress, an, binh, user: userEvent.setup() };
}

function captureDownloads() {
	const files: { name: string; blob: Blob }[] = [];
	let last: Blob | null = null;
	vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((last = b as Blob), 'blob:test'));
	vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
	vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
		this: HTMLAnchorElement
	) {
		files.push({ name: this.download, blob: last! });
	});
	return files;
}

describe('BackupPanel', () => {
	it('exports a file, refuses a wrong one untouched, previews and applies a good one', async () => {
		const files = captureDownloads();
		// This device already has An from the other one (say, a backup made last week).
		const source = await device();
		const text = JSON.stringify(await exportBackup(source.store));
		const store = createMemoryStore();
		await applyBackup(store, await exportBackup(source.store, source.an.id));
		await startAppProgress(store);
		const user = userEvent.setup();
		render(BackupPanel);

		await user.click(screen.getByRole('button', { name: 'Tải tệp sao lưu' }));
		expect(files[0].name).toMatch(/^khien-nho-\d{4}-\d{2}-\d{2}\.json$/);
		expect(JSON.parse(await files[0].blob.text())).toMatchObject({ app: 'khien-nho' });

		const input = screen.getByLabelText('Mở tệp sao lưu');
		const before = await dump(store);
		await user.upload(input, new File(['{"app":"other"}'], 'x.json', { type: 'application/json' }));
		expect(await screen.findByText('Tệp này không phải tệp sao lưu của Khiên Nhỏ.')).toBeVisible();
		expect(await dump(store)).toEqual(before);

		await user.upload(input, new File([text], 'khien-nho.json', { type: 'application/json' }));
		const preview = (await screen.findByRole('heading', { name: 'Trong tệp này có' }))
			.parentElement!;
		const items = within(preview).getAllByRole('listitem');
		expect(items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
			'An (đã có trên máy: sẽ gộp, giữ kết quả tốt nhất) 1 bài đã xong, 0 bài đang học, 0 câu trả lời',
			'Bình (bạn học mới) 0 bài đã xong, 1 bài đang học, 0 câu trả lời'
		]);
		await user.click(screen.getByRole('button', { name: 'Nhập vào máy này' }));
		expect(
			await screen.findByText(/Đã nhập xong: 1 bạn học mới, 1 bạn học được gộp/)
		).toBeVisible();
		expect((await listProfiles(store)).map((p) => p.nickname)).toEqual(['An', 'Bình']);
	});
});

describe('ClassSummary', () => {
	it('shows done and stars per learner and lesson, exports CSV, resets a code', async () => {
		const files = captureDownloads();
		const { progress, binh, user } = await device();
		render(ClassSummary, {
			lessons: [
				{ id: 'l1', title: 'Cơ thể em' },
				{ id: 'l2', title: 'Người lạ' }
			]
		});
		const table = await screen.findByRole('table');
		const rows = within(table).getAllByRole('row');
		const cells = (r: HTMLElement) =>
			[...r.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
		expect(rows.map(cells)).toEqual([
			['Bạn học', 'Số bài đã xong', 'Cơ thể em', 'Người lạ'],
			['An', '1/2', '★★★ Xong, 3 sao', '– Chưa học'],
			['Bình Đặt lại mật mã', '0/2', '– Chưa học', '… Đang học']
		]);

		await user.click(screen.getByRole('button', { name: 'Tải bảng tổng hợp (CSV)' }));
		const csv = await files[0].blob.text();
		expect(csv).toContain('Tên gọi,Độ tuổi,Số bài đã xong,Cơ thể em,Người lạ\r\n');
		expect(csv).toContain('An,6-8 tuổi,1,Xong (3 sao),Chưa học\r\n');

		await user.click(screen.getByRole('button', { name: 'Đặt lại mật mã hình của Bình' }));
		await user.click(screen.getByRole('button', { name: 'Đồng ý' }));
		await vi.waitFor(() =>
			expect(progress.profiles.find((p) => p.id === binh.id)?.pictureCode).toBeNull()
		);
		expect(screen.getByText(/Đã xóa mật mã hình của Bình/)).toBeVisible();
		expect(progress.profiles).toHaveLength(2);
	});
});

describe('ClearDevice', () => {
	it('deletes one learner, then everything, each after a confirmation', async () => {
		const { store, an, user } = await device();
		render(ClearDevice);
		await user.selectOptions(screen.getByLabelText('Chọn bạn học cần xóa'), an.id);
		await user.click(screen.getByRole('button', { name: 'Xóa bạn học này' }));
		expect(screen.getByText(/Xóa An và toàn bộ tiến độ/)).toBeVisible();
		await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Không xóa' })).toHaveFocus());
		await user.click(screen.getByRole('button', { name: 'Xóa' }));
		await vi.waitFor(async () =>
			expect((await listProfiles(store)).map((p) => p.nickname)).toEqual(['Bình'])
		);
		await user.click(screen.getByRole('button', { name: 'Xóa toàn bộ dữ liệu trên máy này' }));
		await user.click(screen.getByRole('button', { name: 'Không xóa' }));
		expect(await listProfiles(store)).toHaveLength(1);
		await user.click(screen.getByRole('button', { name: 'Xóa toàn bộ dữ liệu trên máy này' }));
		await user.click(screen.getByRole('button', { name: 'Xóa' }));
		expect(await screen.findByText('Đã xóa toàn bộ dữ liệu trên máy này.')).toBeVisible();
		expect((await dump(store)).attempts).toEqual([]);
		expect(await listProfiles(store)).toEqual([]);
	});
});

describe('StorageNotice', () => {
	it('says when progress is not kept, and shows a failed write until dismissed', async () => {
		const store = failingStore(createMemoryStore(), (t) => ({
			...t,
			lessonProgress: { ...t.lessonProgress, put: () => Promise.reject(quotaError()) }
		}));
		const progress = await startAppProgress(store);
		const user = userEvent.setup();
		render(StorageNotice);
		expect(screen.getByText('Tiến độ sẽ không được lưu lại trên máy này.')).toBeVisible();
		expect(await progress.saveStep('l1', 1, 1)).toBe(true); // guest: memory, fine
		const p = await progress.createProfile({ nickname: 'Lan', avatar: 'cat', band: '6-8' });
		await progress.switchTo(p.id);
		expect(await progress.saveStep('l1', 1, 2)).toBe(false);
		expect(await screen.findByText(/Máy đã hết chỗ lưu/)).toBeVisible();
		await user.click(screen.getByRole('button', { name: 'Đã hiểu' }));
		expect(screen.queryByText(/Máy đã hết chỗ lưu/)).toBeNull();
	});
});
