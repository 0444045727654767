import { describe, expect, it, vi } from 'vitest';
import { doubleEsc, exitTarget, NEUTRAL_PAGE, NEUTRAL_SITE, quickExit } from './quick-exit';

const key = (k: string, timeStamp: number, repeat = false) => ({ key: k, timeStamp, repeat });

describe('doubleEsc', () => {
	it('answers true on the second Esc within a second, once', () => {
		const esc = doubleEsc();
		expect(esc(key('Escape', 100))).toBe(false);
		expect(esc(key('Escape', 900))).toBe(true);
		// Counting starts again: a third press alone does nothing.
		expect(esc(key('Escape', 1000))).toBe(false);
		expect(esc(key('Escape', 1500))).toBe(true);
	});

	it('ignores slow presses, other keys in between do not matter, held keys count once', () => {
		const esc = doubleEsc(1000);
		expect(esc(key('Escape', 0))).toBe(false);
		expect(esc(key('Escape', 1200))).toBe(false);
		expect(esc(key('a', 1300))).toBe(false);
		expect(esc(key('Escape', 1400))).toBe(true);
		const held = doubleEsc(1000);
		expect(held(key('Escape', 0))).toBe(false);
		expect(held(key('Escape', 30, true))).toBe(false);
		expect(held(key('Escape', 60, true))).toBe(false);
	});
});

describe('quickExit', () => {
	it('goes to a neutral site online and to the app’s own plain page offline', () => {
		expect(exitTarget(true, '/khien-nho')).toBe(NEUTRAL_SITE);
		expect(NEUTRAL_SITE).toMatch(/^https:\/\//);
		expect(exitTarget(false, '/khien-nho')).toBe(`/khien-nho${NEUTRAL_PAGE}`);
		expect(exitTarget(false, '')).toBe('/may-tinh/');
	});

	it('blanks the page, stops reading aloud, then replaces the history entry', () => {
		document.title = 'Cần giúp đỡ? · Khiên Nhỏ';
		const order: string[] = [];
		const replace = vi.fn(() => {
			order.push(`replace:${document.documentElement.style.visibility}:${document.title}`);
		});
		const cancel = vi.fn(() => order.push('silence'));
		quickExit('', {
			document,
			navigator: { onLine: false },
			location: { replace },
			speechSynthesis: { cancel }
		});
		expect(replace).toHaveBeenCalledWith('/may-tinh/');
		expect(order).toEqual(['silence', 'replace:hidden:']);
		document.documentElement.removeAttribute('style');
	});

	it('sends a page restored from the back/forward cache to the home page', () => {
		const replace = vi.fn();
		const listeners: ((e: Event) => void)[] = [];
		quickExit('/khien-nho', {
			document,
			navigator: { onLine: true },
			location: { replace },
			addEventListener: ((type: string, fn: (e: Event) => void) => {
				if (type === 'pageshow') listeners.push(fn);
			}) as Window['addEventListener']
		});
		expect(replace).toHaveBeenLastCalledWith(NEUTRAL_SITE);
		listeners.forEach((fn) => fn(Object.assign(new Event('pageshow'), { persisted: false })));
		expect(replace).toHaveBeenCalledTimes(1);
		listeners.forEach((fn) => fn(Object.assign(new Event('pageshow'), { persisted: true })));
		expect(replace).toHaveBeenLastCalledWith('/khien-nho/');
		document.documentElement.removeAttribute('style');
	});
});
