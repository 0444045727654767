import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announcer } from '$lib/a11y/announcer.svelte';
import SortActivity from './SortActivity.svelte';
import { sort } from './fixtures';

function setup() {
	const ondone = vi.fn();
	const onanswer = vi.fn();
	const user = userEvent.setup();
	render(SortActivity, { activity: sort, band: '6-8', ondone, onanswer });
	return { user, ondone, onanswer };
}

/** The one card on show, above the bins (a group named "Thẻ n/3"). */
const card = () => screen.getByRole('group', { name: /^Thẻ \d\/3$/ });
const bin = (name: RegExp) => screen.getByRole('button', { name });
const sheet = () => within(document.querySelector<HTMLElement>('.sheet')!);
const next = () => sheet().getByRole('button', { name: 'Thẻ tiếp theo' });
const SHARE = /^Chia sẻ được/;
const NO = /^Không chia sẻ/;
const ASK = /^Hỏi người lớn/;

describe('SortActivity', () => {
	beforeEach(() => announcer.clear());
	afterEach(() => {
		// @ts-expect-error: jsdom has no elementsFromPoint; one test adds it.
		delete document.elementsFromPoint;
	});

	it('one card at a time above the bins: right placements show why and score 1', async () => {
		const { user, ondone, onanswer } = setup();
		expect(card()).toHaveAccessibleName('Thẻ 1/3');
		expect(card()).toHaveTextContent('Món ăn em thích nhất');
		expect(screen.getByText(/Đọc thẻ, rồi chạm vào hộp/)).toBeInTheDocument();

		await user.click(bin(SHARE));
		expect(onanswer).toHaveBeenCalledWith({ itemId: 'c1', answer: 'Chia sẻ được', correct: true });
		expect(sheet().getByText('Đúng rồi! Thẻ này thuộc hộp “Chia sẻ được”.')).toBeInTheDocument();
		expect(sheet().getByText('Điều này không giúp ai tìm ra em.')).toBeInTheDocument();
		// The card the sheet talks about stays on show beside its "why"; the screen reader hears
		// its name too.
		expect(card()).toHaveTextContent('Món ăn em thích nhất');
		expect(announcer.message).toMatch(/^Đúng rồi! “Món ăn em thích nhất” thuộc hộp/);
		expect(bin(SHARE)).toHaveAccessibleName(/1 thẻ/);

		await user.click(next());
		expect(card()).toHaveAccessibleName('Thẻ 2/3');
		expect(card()).toHaveTextContent('Địa chỉ nhà em');
		await user.click(bin(NO));
		await user.click(next());
		await user.click(bin(ASK));
		// The last card stays on show, placed, beside the sheet that says all are sorted.
		expect(card()).toHaveClass('placed');
		expect(sheet().getByText('Em đã xếp xong tất cả các thẻ!')).toBeInTheDocument();
		expect(announcer.message).toMatch(/xếp xong.*Tiếp tục/);

		await user.click(sheet().getByRole('button', { name: /Tiếp tục/ }));
		expect(ondone).toHaveBeenCalledWith({ score: 1, skipped: false });
	});

	it('a wrong bin keeps the card on show to try again', async () => {
		const { user, ondone, onanswer } = setup();
		await user.click(bin(SHARE));
		await user.click(next());
		await user.click(bin(SHARE));

		expect(onanswer).toHaveBeenCalledWith({ itemId: 'c2', answer: 'Chia sẻ được', correct: false });
		expect(
			sheet().getByText('Chưa đúng: thẻ này không thuộc hộp “Chia sẻ được”.')
		).toBeInTheDocument();
		expect(sheet().getByText('Địa chỉ nhà giúp người lạ tìm đến em.')).toBeInTheDocument();
		expect(announcer.message).toMatch(/^Chưa đúng, thử lại nhé: “Địa chỉ nhà em”/);
		expect(card()).toHaveClass('returned');

		await user.click(sheet().getByRole('button', { name: 'Thử lại' }));
		// The same card, marked gently, and the focus on it for a screen reader.
		expect(card()).toHaveTextContent('Địa chỉ nhà em');
		expect(card()).toHaveFocus();
		await user.click(bin(NO));
		await user.click(next());
		await user.click(bin(ASK));
		await user.click(sheet().getByRole('button', { name: /Tiếp tục/ }));
		expect(ondone).toHaveBeenCalledWith({ score: 2 / 3, skipped: false });
	});

	it('while the sheet explains, a bin takes no card', async () => {
		const { user, onanswer } = setup();
		await user.click(bin(NO));
		expect(bin(SHARE)).toHaveAttribute('aria-disabled', 'true');
		await user.click(bin(SHARE));
		expect(onanswer).toHaveBeenCalledTimes(1);
	});

	it('the card can be dragged onto a bin', async () => {
		const { onanswer } = setup();
		const target = bin(SHARE).closest('[data-bin]') as HTMLElement;
		document.elementsFromPoint = vi.fn(() => [target]);
		const food = card();

		await fireEvent.pointerDown(food, { pointerId: 1, button: 0, clientX: 10, clientY: 10 });
		await fireEvent.pointerMove(food, { pointerId: 1, clientX: 60, clientY: 200 });
		expect(target).toHaveClass('over');
		await fireEvent.pointerUp(food, { pointerId: 1, clientX: 60, clientY: 200 });

		expect(onanswer).toHaveBeenCalledWith({ itemId: 'c1', answer: 'Chia sẻ được', correct: true });
		expect(bin(SHARE)).toHaveAccessibleName(/1 thẻ/);
		expect(target).not.toHaveClass('over');
	});

	it('skip ends the activity with no score', async () => {
		const { user, ondone } = setup();
		await user.click(screen.getByRole('button', { name: 'Bỏ qua' }));
		expect(ondone).toHaveBeenCalledWith({ score: null, skipped: true });
	});

	it('works with the keyboard alone', async () => {
		const { user, ondone } = setup();
		// The bins are the stops: a key puts the card on show in one.
		await user.tab();
		expect(bin(SHARE)).toHaveFocus();
		await user.keyboard(' ');
		expect(sheet().getByText(/^Đúng rồi! Thẻ này thuộc hộp/)).toBeInTheDocument();

		// The bins wait while the sheet explains: focus is on its way on, then on the new card.
		expect(next()).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(card()).toHaveFocus();
		expect(card()).toHaveTextContent('Địa chỉ nhà em');
		await user.tab();
		expect(bin(SHARE)).toHaveFocus();
		await user.keyboard('{Enter}'); // wrong bin
		expect(sheet().getByText(/^Chưa đúng: thẻ này/)).toBeInTheDocument();
		expect(sheet().getByRole('button', { name: 'Thử lại' })).toHaveFocus();
		await user.keyboard('{Enter}');
		// The card that is still to place takes focus, ready to try again.
		expect(card()).toHaveFocus();
		await user.tab();
		await user.tab();
		expect(bin(NO)).toHaveFocus();
		await user.keyboard('{Enter}');
		await user.keyboard('{Enter}');

		expect(card()).toHaveTextContent('Ảnh cả lớp');
		await user.tab();
		await user.tab();
		await user.tab();
		expect(bin(ASK)).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(sheet().getByRole('button', { name: /Tiếp tục/ })).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(ondone).toHaveBeenCalledWith({ score: 2 / 3, skipped: false });
	});

	it('Esc closes the sheet like "Thử lại"', async () => {
		const { user } = setup();
		await user.click(bin(NO));
		await user.keyboard('{Escape}');
		expect(document.querySelector('.sheet .feedback')).toBeNull();
		expect(card()).toHaveFocus();
	});
});
