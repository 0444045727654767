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

const pile = () => screen.getByRole('list', { name: 'Các thẻ cần xếp' });
const card = (name: RegExp) => within(pile()).getByRole('button', { name });
const bin = (name: RegExp) => screen.getByRole('button', { name });
const SHARE = /^Chia sẻ được/;
const NO = /^Không chia sẻ/;
const ASK = /^Hỏi người lớn/;

describe('SortActivity', () => {
	beforeEach(() => announcer.clear());
	afterEach(() => {
		// @ts-expect-error: jsdom has no elementsFromPoint; one test adds it.
		delete document.elementsFromPoint;
	});

	it('tap a card then a bin: right placements show why and score 1', async () => {
		const { user, ondone, onanswer } = setup();
		const food = card(/Món ăn/);
		await user.click(food);
		expect(food).toHaveAttribute('aria-pressed', 'true');
		expect(announcer.message).toMatch(/Em đã chọn thẻ “Món ăn em thích nhất”/);

		await user.click(bin(SHARE));
		expect(onanswer).toHaveBeenCalledWith({ itemId: 'c1', answer: 'Chia sẻ được', correct: true });
		expect(
			screen.getByText('Đúng rồi! “Món ăn em thích nhất” thuộc hộp “Chia sẻ được”.')
		).toBeInTheDocument();
		expect(screen.getByText('Điều này không giúp ai tìm ra em.')).toBeInTheDocument();
		expect(within(pile()).queryByRole('button', { name: /Món ăn/ })).toBeNull();
		expect(bin(SHARE)).toHaveAccessibleName(/1 thẻ/);

		await user.click(card(/Địa chỉ/));
		await user.click(bin(NO));
		await user.click(card(/Ảnh cả lớp/));
		await user.click(bin(ASK));
		expect(screen.queryByRole('list', { name: 'Các thẻ cần xếp' })).toBeNull();
		expect(screen.getByText('Em đã xếp xong tất cả các thẻ!')).toBeInTheDocument();
		expect(announcer.message).toMatch(/xếp xong.*Tiếp tục/);

		await user.click(screen.getByRole('button', { name: /Tiếp tục/ }));
		expect(ondone).toHaveBeenCalledWith({ score: 1, skipped: false });
	});

	it('a wrong bin sends the card back to the pile to try again', async () => {
		const { user, ondone, onanswer } = setup();
		await user.click(card(/Địa chỉ/));
		await user.click(bin(SHARE));

		expect(onanswer).toHaveBeenCalledWith({ itemId: 'c2', answer: 'Chia sẻ được', correct: false });
		expect(
			screen.getByText(/^Chưa đúng, thử lại nhé: “Địa chỉ nhà em” không thuộc hộp/)
		).toBeInTheDocument();
		expect(screen.getByText('Địa chỉ nhà giúp người lạ tìm đến em.')).toBeInTheDocument();
		expect(announcer.message).toMatch(/^Chưa đúng, thử lại nhé/);
		const back = card(/Địa chỉ/);
		expect(back).toHaveAttribute('aria-pressed', 'false');

		await user.click(back);
		await user.click(bin(NO));
		await user.click(card(/Món ăn/));
		await user.click(bin(SHARE));
		await user.click(card(/Ảnh cả lớp/));
		await user.click(bin(ASK));
		await user.click(screen.getByRole('button', { name: /Tiếp tục/ }));
		expect(ondone).toHaveBeenCalledWith({ score: 2 / 3, skipped: false });
	});

	it('a bin tapped with no card selected asks for a card first', async () => {
		const { user, onanswer } = setup();
		await user.click(bin(NO));
		expect(announcer.message).toBe('Em chọn một thẻ trước, rồi chạm vào hộp nhé.');
		expect(onanswer).not.toHaveBeenCalled();
	});

	it('a card can be dragged onto a bin', async () => {
		const { onanswer } = setup();
		const target = bin(NO).closest('[data-bin]') as HTMLElement;
		document.elementsFromPoint = vi.fn(() => [target]);
		const address = card(/Địa chỉ/);

		await fireEvent.pointerDown(address, { pointerId: 1, button: 0, clientX: 10, clientY: 10 });
		await fireEvent.pointerMove(address, { pointerId: 1, clientX: 60, clientY: 200 });
		expect(target).toHaveClass('over');
		await fireEvent.pointerUp(address, { pointerId: 1, clientX: 60, clientY: 200 });

		expect(onanswer).toHaveBeenCalledWith({ itemId: 'c2', answer: 'Không chia sẻ', correct: true });
		expect(within(pile()).queryByRole('button', { name: /Địa chỉ/ })).toBeNull();
		expect(target).not.toHaveClass('over');
	});

	it('skip ends the activity with no score', async () => {
		const { user, ondone } = setup();
		await user.click(screen.getByRole('button', { name: 'Bỏ qua' }));
		expect(ondone).toHaveBeenCalledWith({ score: null, skipped: true });
	});

	it('works with the keyboard alone', async () => {
		const { user, ondone } = setup();
		await user.tab();
		expect(card(/Món ăn/)).toHaveFocus();
		await user.keyboard('{Enter}');
		await user.tab();
		await user.tab();
		await user.tab();
		expect(bin(SHARE)).toHaveFocus();
		await user.keyboard(' ');
		expect(screen.getByText(/^Đúng rồi! “Món ăn/)).toBeInTheDocument();

		// Focus goes back to the pile, to the next card.
		expect(card(/Địa chỉ/)).toHaveFocus();
		await user.tab();
		expect(card(/Ảnh cả lớp/)).toHaveFocus();
		await user.keyboard('{Enter}');
		await user.tab();
		expect(bin(SHARE)).toHaveFocus();
		await user.keyboard('{Enter}'); // wrong bin
		expect(screen.getByText(/^Chưa đúng, thử lại nhé: “Ảnh cả lớp/)).toBeInTheDocument();
		// The card that came back takes focus, ready to try again.
		expect(card(/Ảnh cả lớp/)).toHaveFocus();
		await user.keyboard('{Enter}');
		await user.tab();
		await user.tab();
		await user.tab();
		expect(bin(ASK)).toHaveFocus();
		await user.keyboard('{Enter}');

		expect(card(/Địa chỉ/)).toHaveFocus();
		await user.keyboard('{Enter}');
		await user.tab();
		await user.tab();
		expect(bin(NO)).toHaveFocus();
		await user.keyboard('{Enter}');

		await user.tab();
		await user.tab();
		expect(screen.getByRole('button', { name: /Tiếp tục/ })).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(ondone).toHaveBeenCalledWith({ score: 2 / 3, skipped: false });
	});
});
