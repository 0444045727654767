import { afterEach, describe, expect, it, vi } from 'vitest';
import { Fullscreen } from './fullscreen.svelte';

function browser(enabled: boolean, request: () => Promise<void>) {
	let element: Element | null = null;
	Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: enabled });
	Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => element });
	document.documentElement.requestFullscreen = vi.fn(async () => {
		await request();
		element = document.documentElement;
		document.dispatchEvent(new Event('fullscreenchange'));
	});
	document.exitFullscreen = vi.fn(async () => {
		element = null;
		document.dispatchEvent(new Event('fullscreenchange'));
	});
}

afterEach(() => vi.restoreAllMocks());

describe('Fullscreen', () => {
	it('enters and leaves full screen, following the browser', async () => {
		browser(true, async () => {});
		const fs = new Fullscreen();
		const stop = fs.watch();
		await fs.toggle();
		expect(fs.active).toBe(true);
		expect(fs.refused).toBe(false);
		await fs.toggle();
		expect(fs.active).toBe(false);
		stop();
	});

	it('says so when the browser refuses or cannot', async () => {
		browser(true, async () => {
			throw new TypeError('Permissions check failed');
		});
		const fs = new Fullscreen();
		await fs.toggle();
		expect(fs.refused).toBe(true);
		expect(fs.active).toBe(false);

		browser(false, async () => {});
		const none = new Fullscreen();
		await none.toggle();
		expect(none.refused).toBe(true);
	});
});
