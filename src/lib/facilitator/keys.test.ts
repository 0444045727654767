// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { onPresenterKey, presenterAction } from './keys';

const on = (tagName: string) => ({ tagName }) as unknown as EventTarget;

describe('presenterAction', () => {
	it('maps a presenter remote', () => {
		expect(presenterAction({ key: 'ArrowRight' })).toBe('next');
		expect(presenterAction({ key: 'PageDown' })).toBe('next');
		expect(presenterAction({ key: ' ', target: on('h2') })).toBe('next');
		expect(presenterAction({ key: 'ArrowLeft' })).toBe('back');
		expect(presenterAction({ key: 'PageUp' })).toBe('back');
		expect(presenterAction({ key: 'r' })).toBe('reveal');
		expect(presenterAction({ key: 'R' })).toBe('reveal');
		expect(presenterAction({ key: 'f' })).toBe('fullscreen');
		expect(presenterAction({ key: 'F', target: on('BUTTON') })).toBe('fullscreen');
		expect(presenterAction({ key: 'f', target: on('INPUT') })).toBeNull();
		expect(presenterAction({ key: 'f', ctrlKey: true })).toBeNull();
		expect(presenterAction({ key: 'x' })).toBeNull();
	});

	it('leaves Space to a focused button and every key to a text field', () => {
		expect(presenterAction({ key: ' ', target: on('BUTTON') })).toBeNull();
		expect(presenterAction({ key: ' ', target: on('a') })).toBeNull();
		expect(presenterAction({ key: 'ArrowRight', target: on('BUTTON') })).toBe('next');
		expect(presenterAction({ key: 'r', target: on('INPUT') })).toBeNull();
		expect(presenterAction({ key: 'ArrowLeft', target: on('textarea') })).toBeNull();
	});

	it('ignores browser shortcuts', () => {
		expect(presenterAction({ key: 'r', ctrlKey: true })).toBeNull();
		expect(presenterAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
		expect(presenterAction({ key: 'ArrowRight', metaKey: true })).toBeNull();
	});

	it('runs the control and stops the page from scrolling', () => {
		const controls = { next: vi.fn(), back: vi.fn(), reveal: vi.fn(), fullscreen: vi.fn() };
		const e = { key: ' ', target: on('DIV'), preventDefault: vi.fn() };
		onPresenterKey(e as unknown as KeyboardEvent, controls);
		expect(controls.next).toHaveBeenCalledOnce();
		expect(e.preventDefault).toHaveBeenCalledOnce();
		const other = { key: 'q', preventDefault: vi.fn() };
		onPresenterKey(other as unknown as KeyboardEvent, controls);
		expect(other.preventDefault).not.toHaveBeenCalled();
	});
});
