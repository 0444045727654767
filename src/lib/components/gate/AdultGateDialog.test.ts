import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AdultGate } from '$lib/gate/gate.svelte';
import AdultGateDialog from './AdultGateDialog.svelte';
import HoldButton from './HoldButton.svelte';

// jsdom has <dialog> but not its modal methods.
beforeAll(() => {
	HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
		this.setAttribute('open', '');
	};
	HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
		if (!this.open) return;
		this.removeAttribute('open');
		this.dispatchEvent(new Event('close'));
	};
});
afterEach(() => vi.useRealTimers());

/** Solves the sum shown in words by trying every pair the gate can draw. */
async function solve() {
	const { sumInWords } = await import('$lib/gate/challenge');
	const label = screen.getByText(/bằng bao nhiêu\?$/).textContent!;
	for (let a = 12; a <= 49; a++)
		for (let b = 12; b <= 39; b++)
			if (label.toLowerCase() === `${sumInWords({ a, b }, 'vi')} bằng bao nhiêu?`) return a + b;
	throw new Error(`unreadable: ${label}`);
}

const hold = () => screen.getByRole('button', { name: /Nhấn và giữ|Đang giữ/ });

describe('AdultGateDialog', () => {
	it('opens when asked, with the purpose and a sum in words', async () => {
		const gate = new AdultGate();
		render(AdultGateDialog, { gate });
		expect(screen.queryByRole('heading')).toBeNull();
		gate.guard(() => {}, 'Xóa toàn bộ dữ liệu trên máy này.');
		expect(await screen.findByRole('heading', { name: 'Phần dành cho người lớn' })).toBeTruthy();
		expect(screen.getByText('Xóa toàn bộ dữ liệu trên máy này.')).toBeTruthy();
		const question = screen.getByText(/bằng bao nhiêu\?$/).textContent!;
		expect(question).not.toMatch(/\d/);
		expect(question).toMatch(/^[A-ZĐÂÊÔƠƯÁÀẢÃẠ]/u);
		expect(document.activeElement).toBe(screen.getByLabelText(/bằng bao nhiêu/));
	});

	it('is not passed by taps, nor by a wrong answer; the right answer held passes', async () => {
		vi.useFakeTimers();
		const gate = new AdultGate();
		const wipe = vi.fn();
		render(AdultGateDialog, { gate });
		gate.guard(wipe);
		await vi.advanceTimersByTimeAsync(0);
		const input = screen.getByLabelText(/bằng bao nhiêu/) as HTMLInputElement;
		const right = await solve();

		// Three quick taps with nothing typed, then with the right answer: nothing happens.
		for (let i = 0; i < 3; i++) {
			await fireEvent.pointerDown(hold(), { button: 0, pointerId: 1 });
			await vi.advanceTimersByTimeAsync(150);
			await fireEvent.pointerUp(hold(), { pointerId: 1 });
			await fireEvent.click(hold(), { detail: 1 });
		}
		await fireEvent.input(input, { target: { value: String(right) } });
		for (let i = 0; i < 3; i++) {
			await fireEvent.pointerDown(hold(), { button: 0, pointerId: 1 });
			await vi.advanceTimersByTimeAsync(300);
			await fireEvent.pointerUp(hold(), { pointerId: 1 });
		}
		expect(wipe).not.toHaveBeenCalled();
		expect(gate.asking).toBe(true);

		// A wrong answer held to the end: a new sum, the box emptied, still closed.
		const before = screen.getByText(/bằng bao nhiêu\?$/).textContent;
		await fireEvent.input(input, { target: { value: String(right + 1) } });
		await fireEvent.pointerDown(hold(), { button: 0, pointerId: 1 });
		await vi.advanceTimersByTimeAsync(2100);
		expect(wipe).not.toHaveBeenCalled();
		expect(screen.getByRole('status').textContent).toBe('Chưa đúng. Đây là một phép tính mới.');
		expect(input.value).toBe('');
		expect(screen.getByText(/bằng bao nhiêu\?$/).textContent).not.toBe(before);
		await fireEvent.pointerUp(hold(), { pointerId: 1 });

		// The right answer, held for two seconds.
		await fireEvent.input(input, { target: { value: String(await solve()) } });
		await fireEvent.pointerDown(hold(), { button: 0, pointerId: 1 });
		await vi.advanceTimersByTimeAsync(1900);
		expect(wipe).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(200);
		expect(wipe).toHaveBeenCalledOnce();
		expect(gate.asking).toBe(false);
	});

	it('passes with Space held on the keyboard, and asks for the answer first', async () => {
		vi.useFakeTimers();
		const gate = new AdultGate({ keep: true });
		render(AdultGateDialog, { gate });
		gate.guard(() => {});
		await vi.advanceTimersByTimeAsync(0);
		hold().focus();
		await fireEvent.keyDown(hold(), { key: ' ' });
		await vi.advanceTimersByTimeAsync(2100);
		await fireEvent.keyUp(hold(), { key: ' ' });
		expect(screen.getByRole('status').textContent).toBe('Hãy viết kết quả phép tính vào ô trước.');
		expect(gate.passed).toBe(false);

		const input = screen.getByLabelText(/bằng bao nhiêu/);
		await fireEvent.input(input, { target: { value: String(await solve()) } });
		await fireEvent.keyDown(hold(), { key: ' ' });
		await fireEvent.keyDown(hold(), { key: ' ', repeat: true });
		await vi.advanceTimersByTimeAsync(2100);
		expect(gate.passed).toBe(true);
	});

	it('cancels with its button or when the dialog closes (Esc), dropping the action', async () => {
		const user = userEvent.setup();
		const gate = new AdultGate();
		const wipe = vi.fn();
		const { container } = render(AdultGateDialog, { gate });
		gate.guard(wipe);
		await user.click(await screen.findByRole('button', { name: 'Thôi, quay lại' }));
		expect(gate.asking).toBe(false);
		gate.guard(wipe);
		await screen.findByRole('heading');
		container.querySelector('dialog')!.close();
		expect(gate.asking).toBe(false);
		expect(wipe).not.toHaveBeenCalled();
	});
});

describe('HoldButton', () => {
	it('stops when released early, and a click from a screen reader starts a hold', async () => {
		vi.useFakeTimers();
		const onhold = vi.fn();
		render(HoldButton, { label: 'Giữ', holdingLabel: 'Đang giữ', hint: 'Giữ 2 giây', onhold });
		const button = screen.getByRole('button', { name: 'Giữ' });
		expect(button.getAttribute('aria-describedby')).toBeTruthy();
		await fireEvent.keyDown(button, { key: 'Enter' });
		await vi.advanceTimersByTimeAsync(1500);
		await fireEvent.keyUp(button, { key: 'Enter' });
		await vi.advanceTimersByTimeAsync(1000);
		expect(onhold).not.toHaveBeenCalled();
		// detail 0: a click with no pointer and no key (assistive technology).
		await fireEvent.click(button, { detail: 0 });
		expect(screen.getByRole('button', { name: 'Đang giữ' })).toBeTruthy();
		await vi.advanceTimersByTimeAsync(2000);
		expect(onhold).toHaveBeenCalledOnce();
	});
});
