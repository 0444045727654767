import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announcer } from '$lib/a11y/announcer.svelte';
import ChatActivity from './ChatActivity.svelte';
import { chat } from './fixtures';

function setup(messageDelay = 0, advanceTimers?: (ms: number) => void) {
	const ondone = vi.fn();
	const onanswer = vi.fn();
	const user = userEvent.setup(advanceTimers ? { advanceTimers } : {});
	render(ChatActivity, { activity: chat, band: '9-10', ondone, onanswer, messageDelay });
	return { user, ondone, onanswer };
}

const log = () => screen.getByRole('list', { name: 'Tin nhắn' });
const reply = (name: RegExp) => screen.getByRole('button', { name });
const sheet = () => within(document.querySelector<HTMLElement>('.sheet')!);

describe('ChatActivity', () => {
	beforeEach(() => announcer.clear());
	afterEach(() => vi.useRealTimers());

	it('shows a phone screen with the contact and the first messages in a polite live list', async () => {
		setup();
		expect(await screen.findByText('Em học trường nào thế?')).toBeInTheDocument();
		expect(log()).toHaveAttribute('aria-live', 'polite');
		expect(log().tagName).toBe('OL');
		expect(screen.getByText('Anh Tuấn')).toBeInTheDocument();
		expect(screen.getByRole('region', { name: /giống Messenger/ })).toBeInTheDocument();
		expect(within(log()).getAllByRole('listitem')).toHaveLength(2);
		expect(screen.getByRole('group', { name: 'Em trả lời thế nào?' })).toBeInTheDocument();
	});

	it('a safe reply appears as the child’s bubble, with feedback, and ends safely (score 1)', async () => {
		const { user, ondone, onanswer } = setup();
		await user.click(await screen.findByRole('button', { name: /Em không nói chuyện/ }));

		expect(onanswer).toHaveBeenCalledWith({ itemId: 'bat-dau', answer: 'r2', correct: true });
		const items = within(log()).getAllByRole('listitem');
		expect(items[2]).toHaveTextContent('Em nhắn: Em không nói chuyện với người em không quen.');
		// The note on the reply is in the answer sheet, not between the bubbles; the story waits
		// until the child has read it, and the note is announced (once).
		expect(sheet().getByText('Câu trả lời an toàn')).toBeInTheDocument();
		expect(sheet().getByText(/Tên trường là thông tin riêng/)).toBeInTheDocument();
		expect(within(log()).queryByText(/Tên trường là thông tin riêng/)).toBeNull();
		expect(announcer.message).toBe('Giỏi lắm! Tên trường là thông tin riêng.');
		expect(within(log()).queryByText('Anh chỉ muốn làm quen thôi mà.')).toBeNull();
		const readOn = sheet().getByRole('button', { name: 'Đọc tiếp' });
		expect(readOn).toHaveFocus();
		await user.click(readOn);
		expect(within(log()).getByText('Anh chỉ muốn làm quen thôi mà.')).toBeInTheDocument();

		expect(
			screen.getByRole('heading', { name: 'Câu chuyện kết thúc an toàn' })
		).toBeInTheDocument();
		expect(screen.getByText(/hỏi ý người lớn. Rất tốt!/)).toBeInTheDocument();
		expect(screen.queryByText(/Câu trả lời an toàn:/)).toBeNull();
		expect(announcer.message).toMatch(/Rất tốt!.*Tiếp tục/);

		await user.click(screen.getByRole('button', { name: /Tiếp tục/ }));
		expect(ondone).toHaveBeenCalledWith({ score: 1, skipped: false });
	});

	it('an unsafe reply follows the story, names the safe reply, and replay keeps the first score', async () => {
		const { user, ondone, onanswer } = setup();
		await user.click(await screen.findByRole('button', { name: /Tiểu học Kim Đồng/ }));

		expect(onanswer).toHaveBeenCalledWith({ itemId: 'bat-dau', answer: 'r1', correct: false });
		// The goto node continues on its own to the ending.
		expect(within(log()).getByText(/đến cổng trường đón em/)).toBeInTheDocument();
		expect(
			screen.getByRole('heading', { name: 'Câu chuyện kết thúc chưa an toàn' })
		).toBeInTheDocument();
		expect(screen.getByText(/gọi 111/)).toBeInTheDocument();
		expect(
			screen.getByText('Em đã chọn: “Em học trường Tiểu học Kim Đồng ạ.”')
		).toBeInTheDocument();
		expect(
			screen.getByText('Câu trả lời an toàn: “Em không nói chuyện với người em không quen.”')
		).toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: 'Chơi lại' }));
		expect(within(log()).getAllByRole('listitem')).toHaveLength(2);
		expect(screen.queryByRole('heading', { name: /Câu chuyện kết thúc/ })).toBeNull();
		await user.click(reply(/Em không nói chuyện/));
		await user.click(sheet().getByRole('button', { name: 'Đọc tiếp' }));
		expect(
			screen.getByRole('heading', { name: 'Câu chuyện kết thúc an toàn' })
		).toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: /Tiếp tục/ }));
		expect(ondone).toHaveBeenCalledWith({ score: 0, skipped: false });
	});

	it('messages appear one at a time, and “show all” skips the wait', async () => {
		vi.useFakeTimers();
		const { user } = setup(600, vi.advanceTimersByTime);
		await tick();
		expect(screen.queryByText('Chào em! Anh thấy em vẽ đẹp quá.')).toBeNull();
		expect(screen.queryByRole('group', { name: 'Em trả lời thế nào?' })).toBeNull();

		vi.advanceTimersByTime(600);
		await tick();
		expect(screen.getByText('Chào em! Anh thấy em vẽ đẹp quá.')).toBeInTheDocument();
		expect(screen.queryByText('Em học trường nào thế?')).toBeNull();

		await user.click(screen.getByRole('button', { name: 'Hiện hết tin nhắn ngay' }));
		expect(screen.getByText('Em học trường nào thế?')).toBeInTheDocument();
		expect(screen.getByRole('group', { name: 'Em trả lời thế nào?' })).toBeInTheDocument();
	});

	it('skip ends the activity with no score', async () => {
		const { user, ondone } = setup();
		await screen.findByText('Em học trường nào thế?');
		await user.click(screen.getByRole('button', { name: 'Bỏ qua' }));
		expect(ondone).toHaveBeenCalledWith({ score: null, skipped: true });
	});

	it('works with the keyboard alone, focus following the story', async () => {
		const { user, ondone } = setup();
		await screen.findByText('Em học trường nào thế?');
		// The log scrolls like a messenger's: it is a stop of its own, for the arrow keys.
		await user.tab();
		expect(log()).toHaveFocus();
		await user.tab();
		expect(reply(/Tiểu học Kim Đồng/)).toHaveFocus();
		await user.tab();
		expect(reply(/Em không nói chuyện/)).toHaveFocus();
		await user.keyboard('{Enter}');
		// The reply buttons are gone while the note is read: focus is on "Đọc tiếp"; Esc too.
		expect(sheet().getByRole('button', { name: 'Đọc tiếp' })).toHaveFocus();
		await user.keyboard('{Escape}');

		const heading = screen.getByRole('heading', { name: 'Câu chuyện kết thúc an toàn' });
		expect(heading).toHaveFocus();
		await user.tab();
		expect(screen.getByRole('button', { name: 'Chơi lại' })).toHaveFocus();
		await user.tab();
		expect(screen.getByRole('button', { name: /Tiếp tục/ })).toHaveFocus();
		await user.keyboard(' ');
		expect(ondone).toHaveBeenCalledWith({ score: 1, skipped: false });
	});
});
