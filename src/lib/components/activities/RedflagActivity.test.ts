import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { announcer } from '$lib/a11y/announcer.svelte';
import RedflagActivity from './RedflagActivity.svelte';
import { redflag, redflagProfile } from './fixtures';

function setup(activity = redflag) {
	const ondone = vi.fn();
	const onanswer = vi.fn();
	const user = userEvent.setup();
	render(RedflagActivity, { activity, band: '11-14', ondone, onanswer });
	return { user, ondone, onanswer };
}

const msg = (name: RegExp) => screen.getByRole('button', { name });
const check = () => screen.getByRole('button', { name: 'Kiểm tra' });
const sheet = () => within(document.querySelector<HTMLElement>('.sheet')!);

describe('RedflagActivity', () => {
	beforeEach(() => announcer.clear());

	it('marks every warning sign right on the first check (score 1)', async () => {
		const { user, ondone, onanswer } = setup();
		expect(screen.getByRole('region', { name: /giống Zalo/ })).toBeInTheDocument();
		const gift = msg(/thẻ nạp game/);
		expect(gift).toHaveAttribute('aria-pressed', 'false');
		await user.click(gift);
		expect(gift).toHaveAttribute('aria-pressed', 'true');
		await user.click(msg(/bí mật của hai đứa/));
		// 11-14 is spoken to as "bạn".
		expect(screen.getByText('Bạn đã đánh dấu: 2')).toBeInTheDocument();
		await user.click(check());

		expect(sheet().getByText('Bạn nhận ra đúng 3/3.')).toBeInTheDocument();
		expect(sheet().getByText('Giỏi quá! Bạn đã nhìn ra hết các dấu hiệu.')).toBeInTheDocument();
		expect(screen.getAllByText('Đúng rồi, đây là dấu hiệu đáng lo.')).toHaveLength(2);
		expect(screen.getByText('Đúng rồi, chỗ này bình thường.')).toBeInTheDocument();
		expect(screen.getByText(/làm em thấy mang ơn/)).toBeInTheDocument();
		expect(announcer.message).toMatch(/^Bạn nhận ra đúng 3\/3\. Giỏi quá!/);
		expect(onanswer).toHaveBeenCalledTimes(3);
		expect(onanswer).toHaveBeenCalledWith({ itemId: 'i1', answer: 'ok', correct: true });
		expect(onanswer).toHaveBeenCalledWith({ itemId: 'i2', answer: 'flag', correct: true });

		await user.click(screen.getByRole('button', { name: /Tiếp tục/ }));
		expect(ondone).toHaveBeenCalledWith({ score: 1, skipped: false });
	});

	it('explains gently what was missed, and lets the child try again (first check counts)', async () => {
		const { user, ondone, onanswer } = setup();
		await user.click(msg(/bạn cùng nhóm vẽ/));
		await user.click(check());

		expect(sheet().getByText('Bạn nhận ra đúng 0/3.')).toBeInTheDocument();
		expect(sheet().getByText(/Bạn đọc lời giải thích ở từng chỗ nhé/)).toBeInTheDocument();
		expect(screen.getByText('Chỗ này bình thường, không đáng lo đâu.')).toBeInTheDocument();
		expect(screen.getAllByText('Đây là một dấu hiệu đáng lo mà bạn chưa chọn.')).toHaveLength(2);
		expect(screen.getByText(/Người tốt không bắt em giấu bố mẹ/)).toBeInTheDocument();
		expect(onanswer).toHaveBeenCalledWith({ itemId: 'i1', answer: 'flag', correct: false });
		// Read-only until "Thử lại": a tap does not change the mark.
		await user.click(msg(/bạn cùng nhóm vẽ/));
		expect(msg(/bạn cùng nhóm vẽ/)).toHaveAttribute('aria-pressed', 'true');

		await user.click(screen.getByRole('button', { name: 'Thử lại' }));
		expect(screen.queryByText(/Đây là một dấu hiệu đáng lo/)).toBeNull();
		await user.click(msg(/bạn cùng nhóm vẽ/));
		await user.click(msg(/thẻ nạp game/));
		await user.click(msg(/bí mật của hai đứa/));
		await user.click(check());
		expect(sheet().getByText('Bạn nhận ra đúng 3/3.')).toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: /Tiếp tục/ }));
		expect(ondone).toHaveBeenCalledWith({ score: 0, skipped: false });
	});

	it('shows a profile card with its details as rows', async () => {
		const { user, ondone } = setup(redflagProfile);
		expect(screen.getByText('Bé Na 2012')).toBeInTheDocument();
		expect(screen.getByText(/Kết bạn với mọi người/)).toBeInTheDocument();
		const age = msg(/Tuổi: 13 tuổi/);
		await user.click(age);
		expect(age).toHaveAttribute('aria-pressed', 'true');
		await user.click(check());
		expect(sheet().getByText('Bạn nhận ra đúng 2/2.')).toBeInTheDocument();
		expect(screen.getByText(/có thể là tài khoản giả/)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: /Tiếp tục/ }));
		expect(ondone).toHaveBeenCalledWith({ score: 1, skipped: false });
	});

	it('skip ends the activity with no score', async () => {
		const { user, ondone, onanswer } = setup();
		await user.click(screen.getByRole('button', { name: 'Bỏ qua' }));
		expect(ondone).toHaveBeenCalledWith({ score: null, skipped: true });
		expect(onanswer).not.toHaveBeenCalled();
	});

	it('works with the keyboard alone', async () => {
		const { user, ondone } = setup();
		await user.tab();
		expect(msg(/bạn cùng nhóm vẽ/)).toHaveFocus();
		await user.tab();
		expect(msg(/thẻ nạp game/)).toHaveFocus();
		await user.keyboard(' ');
		await user.tab();
		await user.keyboard('{Enter}');
		expect(msg(/bí mật của hai đứa/)).toHaveAttribute('aria-pressed', 'true');
		await user.tab();
		expect(check()).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(sheet().getByText('Bạn nhận ra đúng 3/3.')).toBeInTheDocument();
		// Same button, new label: focus stays put.
		expect(screen.getByRole('button', { name: 'Làm lại' })).toHaveFocus();
		await user.tab();
		expect(screen.getByRole('button', { name: /Tiếp tục/ })).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(ondone).toHaveBeenCalledWith({ score: 1, skipped: false });
	});
});
