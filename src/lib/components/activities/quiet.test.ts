// The no-feedback mode of the effectiveness check (issue 20): the same activities, with no
// right or wrong, answers changeable until "Tiếp tục", and "Bỏ qua" on every screen.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import Activity from './Activity.svelte';
import { choice, redflag, sort } from './fixtures';
import type { Activity as A } from '$lib/content/types';

function setup(activity: A) {
	const ondone = vi.fn();
	const onanswer = vi.fn();
	render(Activity, { activity, band: '9-10', ondone, onanswer, quiet: true });
	return { user: userEvent.setup(), ondone, onanswer };
}
const noVerdict = () => expect(document.body.textContent).not.toMatch(/Đúng rồi|Chưa đúng|Thử lại/);

describe('activities in the no-feedback mode', () => {
	it('choice: a tap is the answer, another tap changes it, nothing says right or wrong', async () => {
		const { user, onanswer, ondone } = setup(choice);
		const [first, second] = choice.options;
		await user.click(
			screen.getByRole('button', { name: new RegExp(first.label.text.slice(0, 12)) })
		);
		await user.click(
			screen.getByRole('button', { name: new RegExp(second.label.text.slice(0, 12)) })
		);
		noVerdict();
		expect(onanswer.mock.calls.map(([e]) => e.answer)).toEqual([first.id, second.id]);
		expect(screen.getAllByRole('button', { pressed: true })).toHaveLength(1);
		expect(screen.getByRole('button', { name: 'Bỏ qua' })).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: /Tiếp tục/ }));
		expect(ondone).toHaveBeenCalledWith(expect.objectContaining({ skipped: false }));
	});

	it('sort: each card goes where the child puts it, with no feedback sheet', async () => {
		const { user, onanswer } = setup(sort);
		for (let i = 0; i < sort.cards.length; i++)
			await user.click(document.querySelector<HTMLElement>('.bins .option-button')!);
		noVerdict();
		expect(onanswer).toHaveBeenCalledTimes(sort.cards.length);
		expect(onanswer.mock.calls.every(([e]) => e.answer === sort.bins[0])).toBe(true);
		expect(screen.getByRole('button', { name: /Tiếp tục/ })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Bỏ qua' })).toBeInTheDocument();
	});

	it('redflag: no check button; the marks are given on "Tiếp tục", and not on "Bỏ qua"', async () => {
		const { user, onanswer, ondone } = setup(redflag);
		expect(screen.queryByRole('button', { name: 'Kiểm tra' })).toBeNull();
		await user.click(screen.getByRole('button', { name: 'Bỏ qua' }));
		expect(onanswer).not.toHaveBeenCalled();
		expect(ondone).toHaveBeenCalledWith(expect.objectContaining({ skipped: true }));
		noVerdict();
	});
});
