import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { announcer } from '$lib/a11y/announcer.svelte';
import ChoiceActivity from './ChoiceActivity.svelte';
import { choice, choiceMultiple } from './fixtures';

function setup(activity = choice) {
	const ondone = vi.fn();
	const onanswer = vi.fn();
	const user = userEvent.setup();
	render(ChoiceActivity, { activity, band: '9-10', ondone, onanswer });
	return { user, ondone, onanswer };
}

const option = (name: RegExp) => screen.getByRole('button', { name });
/** The answer sheet at the bottom of the screen: the last answer's feedback and the way on. */
const sheet = () => within(document.querySelector<HTMLElement>('.sheet')!);

describe('ChoiceActivity', () => {
	beforeEach(() => announcer.clear());

	it('shows the frame: type label, prompt, skip and the help link', () => {
		setup();
		expect(screen.getByRole('heading', { level: 2, name: 'Chọn câu trả lời' })).toBeInTheDocument();
		expect(screen.getByText(/xin ảnh em mặc đồ bơi/)).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Bỏ qua' })).toBeInTheDocument();
		const help = screen.getByRole('link', { name: 'Chuyện này đã xảy ra với em' });
		expect(help.getAttribute('href')).toMatch(/\/tro-giup\/#da-xay-ra$/);
		expect(screen.queryByRole('button', { name: /Tiếp tục/ })).toBeNull();
	});

	it('a right first answer shows its feedback, announces it and scores 1', async () => {
		const { user, ondone, onanswer } = setup();
		await user.click(option(/Không gửi, và kể ngay/));

		expect(sheet().getByText('Đúng rồi!')).toBeInTheDocument();
		expect(sheet().getByText(/Kể với người lớn là việc làm dũng cảm/)).toBeInTheDocument();
		// Re-readable on the option itself by a screen reader.
		expect(option(/Không gửi, và kể ngay/)).toHaveAccessibleDescription(/việc làm dũng cảm/);
		expect(onanswer).toHaveBeenCalledWith({ answer: 'o2', correct: true });
		expect(announcer.message).toMatch(/^Đúng rồi! Em đã bảo vệ mình/);
		expect(announcer.message).toMatch(/Tiếp tục/);

		await user.click(sheet().getByRole('button', { name: /Tiếp tục/ }));
		expect(ondone).toHaveBeenCalledWith({ score: 1, skipped: false });
	});

	it('a wrong answer explains, stays marked, and the child can try again (score 0)', async () => {
		const { user, ondone, onanswer } = setup();
		await user.click(option(/Gửi ảnh, vì người đó khen/));

		expect(onanswer).toHaveBeenLastCalledWith({ answer: 'o1', correct: false });
		expect(sheet().getByText('Chưa đúng')).toBeInTheDocument();
		expect(sheet().getByText(/Lời khen không phải là lý do/)).toBeInTheDocument();
		expect(announcer.message).toMatch(/^Chưa đúng, thử lại nhé\. Lời khen/);
		const wrong = option(/Gửi ảnh, vì người đó khen/);
		expect(wrong).toHaveAttribute('aria-disabled', 'true');
		expect(wrong).toHaveAccessibleName(/Chưa đúng/);
		expect(screen.queryByRole('button', { name: /Tiếp tục/ })).toBeNull();

		// "Thử lại" closes the sheet and puts the child back on the options left to try.
		await user.click(sheet().getByRole('button', { name: 'Thử lại' }));
		expect(document.querySelector('.sheet .feedback')).toBeNull();
		expect(option(/Không gửi, và kể ngay/)).toHaveFocus();

		// Tapping the marked option again is not a new answer: it shows why once more.
		await user.click(wrong);
		expect(onanswer).toHaveBeenCalledTimes(1);
		expect(sheet().getByText(/Lời khen không phải là lý do/)).toBeInTheDocument();

		await user.click(option(/Không gửi, và kể ngay/));
		expect(onanswer).toHaveBeenLastCalledWith({ answer: 'o2', correct: true });
		// The first answer stays explained on its option.
		expect(wrong).toHaveAccessibleDescription(/Lời khen không phải là lý do/);
		await user.click(sheet().getByRole('button', { name: /Tiếp tục/ }));
		expect(ondone).toHaveBeenCalledWith({ score: 0, skipped: false });
	});

	it('does not repeat the verdict when the author already wrote it', async () => {
		const { user } = setup();
		await user.click(option(/Gửi ảnh rồi xoá/));
		expect(announcer.message).toBe(
			'Chưa đúng, thử lại nhé. Ảnh đã gửi đi thì người kia vẫn giữ được.'
		);
		// On screen too: the sheet's title says "Chưa đúng", its text does not say it again.
		const said = document.querySelector('.sheet .feedback')!.textContent!;
		expect(said.match(/Chưa đúng/g)).toHaveLength(1);
		expect(sheet().getByText('Ảnh đã gửi đi thì người kia vẫn giữ được.')).toBeInTheDocument();
	});

	it('with several right answers, finishes once all are found', async () => {
		const { user, ondone } = setup(choiceMultiple);
		expect(screen.getByText(/Em hãy tìm hết nhé/)).toBeInTheDocument();
		await user.click(option(/^Mẹ/));
		expect(sheet().getByText('Em đã tìm được 1/2 đáp án đúng.')).toBeInTheDocument();
		expect(announcer.message).toMatch(/1\/2/);
		expect(screen.queryByRole('button', { name: /Tiếp tục/ })).toBeNull();
		expect(sheet().getByRole('button', { name: 'Tìm tiếp' })).toBeInTheDocument();
		await user.click(option(/Cô giáo/));
		await user.click(sheet().getByRole('button', { name: /Tiếp tục/ }));
		expect(ondone).toHaveBeenCalledWith({ score: 1, skipped: false });
	});

	it('skip ends the activity with no score', async () => {
		const { user, ondone, onanswer } = setup();
		await user.click(screen.getByRole('button', { name: 'Bỏ qua' }));
		expect(ondone).toHaveBeenCalledWith({ score: null, skipped: true });
		expect(onanswer).not.toHaveBeenCalled();
	});

	it('works with the keyboard alone', async () => {
		const { user, ondone, onanswer } = setup();
		await user.tab();
		expect(option(/Gửi ảnh, vì người đó khen/)).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(onanswer).toHaveBeenLastCalledWith({ answer: 'o1', correct: false });

		await user.tab();
		expect(option(/Không gửi/)).toHaveFocus();
		await user.keyboard(' ');
		expect(onanswer).toHaveBeenLastCalledWith({ answer: 'o2', correct: true });

		await user.tab(); // the third option, still readable
		await user.tab();
		expect(screen.getByRole('button', { name: /Tiếp tục/ })).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(ondone).toHaveBeenCalledWith({ score: 0, skipped: false });
	});
});
