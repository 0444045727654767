import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { announcer } from '$lib/a11y/announcer.svelte';
import SettingsActivity from './SettingsActivity.svelte';
import { settings } from './fixtures';

function setup() {
	const ondone = vi.fn();
	const onanswer = vi.fn();
	const user = userEvent.setup();
	render(SettingsActivity, { activity: settings, band: '15-17', ondone, onanswer });
	return { user, ondone, onanswer };
}

const group = (name: RegExp) => screen.getByRole('group', { name });
const POSTS = /xem bài viết/;
const PHONE = /số điện thoại/;
const radio = (g: RegExp, name: string) => within(group(g)).getByRole('radio', { name });

describe('SettingsActivity', () => {
	beforeEach(() => announcer.clear());

	it('each setting is a radio group; safe choices are confirmed with why (score 1)', async () => {
		const { user, ondone, onanswer } = setup();
		expect(screen.getByRole('region', { name: /giống Facebook/ })).toBeInTheDocument();
		expect(within(group(POSTS)).getAllByRole('radio')).toHaveLength(3);

		await user.click(radio(POSTS, 'Bạn bè'));
		await user.click(radio(PHONE, 'Chỉ bạn bè'));
		expect(radio(POSTS, 'Bạn bè')).toBeChecked();
		await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));

		expect(within(group(POSTS)).getByText('Lựa chọn an toàn')).toBeInTheDocument();
		expect(within(group(PHONE)).getByText('Lựa chọn an toàn')).toBeInTheDocument();
		expect(screen.getByText(/người lạ không xem được ảnh/)).toBeInTheDocument();
		expect(screen.getByText('2/2 cài đặt đã an toàn.')).toBeInTheDocument();
		expect(announcer.message).toMatch(/^2\/2 cài đặt đã an toàn\. Tuyệt vời!/);
		expect(onanswer).toHaveBeenCalledWith({ itemId: 's1', answer: 's1-o2', correct: true });
		expect(onanswer).toHaveBeenCalledWith({ itemId: 's2', answer: 's2-o2', correct: true });

		await user.click(screen.getByRole('button', { name: /Tiếp tục/ }));
		expect(ondone).toHaveBeenCalledWith({ score: 1, skipped: false });
	});

	it('an unsafe choice is explained; the child changes it and checks again (first check counts)', async () => {
		const { user, ondone, onanswer } = setup();
		await user.click(radio(POSTS, 'Công khai'));
		await user.click(radio(PHONE, 'Chỉ bạn bè'));
		await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));

		expect(within(group(POSTS)).getByText('Lựa chọn này chưa an toàn')).toBeInTheDocument();
		expect(within(group(POSTS)).getByText(/Chọn "Bạn bè" hoặc "Chỉ mình tôi"/)).toBeInTheDocument();
		expect(screen.getByText('1/2 cài đặt đã an toàn.')).toBeInTheDocument();
		expect(onanswer).toHaveBeenCalledWith({ itemId: 's1', answer: 's1-o1', correct: false });

		// A changed setting hides its old verdict until the next check.
		await user.click(radio(POSTS, 'Chỉ mình tôi'));
		expect(within(group(POSTS)).queryByText(/Lựa chọn/)).toBeNull();
		await user.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
		expect(within(group(POSTS)).getByText('Lựa chọn an toàn')).toBeInTheDocument();
		expect(screen.getByText('2/2 cài đặt đã an toàn.')).toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: /Tiếp tục/ }));
		expect(ondone).toHaveBeenCalledWith({ score: 0.5, skipped: false });
	});

	it('asks for every setting before checking', async () => {
		const { user, onanswer } = setup();
		await user.click(radio(POSTS, 'Bạn bè'));
		await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
		// 15-17 is spoken to as "bạn"; the sheet says what is missing, with the way back to it.
		expect(announcer.message).toMatch(/^Còn 1 mục bạn chưa chọn/);
		const sheet = within(document.querySelector<HTMLElement>('.sheet')!);
		expect(sheet.getByText(/^Còn 1 mục bạn chưa chọn/)).toBeInTheDocument();
		expect(within(group(PHONE)).getByText('Bạn chưa chọn mục này.')).toBeInTheDocument();
		expect(group(PHONE)).toHaveAccessibleDescription('Bạn chưa chọn mục này.');
		expect(onanswer).not.toHaveBeenCalled();
		expect(screen.queryByRole('button', { name: /Tiếp tục/ })).toBeNull();
		await user.click(sheet.getByRole('button', { name: 'Chọn tiếp' }));
		expect(radio(PHONE, 'Mọi người')).toHaveFocus();
	});

	it('skip ends the activity with no score', async () => {
		const { user, ondone } = setup();
		await user.click(screen.getByRole('button', { name: 'Bỏ qua' }));
		expect(ondone).toHaveBeenCalledWith({ score: null, skipped: true });
	});

	it('works with the keyboard alone', async () => {
		const { user, ondone } = setup();
		await user.tab();
		expect(radio(POSTS, 'Công khai')).toHaveFocus();
		await user.keyboard(' ');
		expect(radio(POSTS, 'Công khai')).toBeChecked();
		await user.keyboard('{ArrowDown}');
		expect(radio(POSTS, 'Bạn bè')).toBeChecked();
		await user.tab();
		expect(radio(PHONE, 'Mọi người')).toHaveFocus();
		await user.keyboard(' ');
		await user.keyboard('{ArrowDown}');
		expect(radio(PHONE, 'Chỉ bạn bè')).toBeChecked();
		await user.tab();
		expect(screen.getByRole('button', { name: 'Kiểm tra' })).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(screen.getByText('2/2 cài đặt đã an toàn.')).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Kiểm tra lại' })).toHaveFocus();
		await user.tab();
		await user.keyboard('{Enter}');
		expect(ondone).toHaveBeenCalledWith({ score: 1, skipped: false });
	});
});
