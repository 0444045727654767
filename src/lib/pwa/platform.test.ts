import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/locales/en/pwa.json';
import vi from '$lib/i18n/locales/vi/pwa.json';
import { INSTALL_STEPS, installRoute } from './platform';

// User agents as these browsers send them.
const UA = {
	firefoxLinux: 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0',
	firefoxWindows:
		'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0',
	firefoxAndroid: 'Mozilla/5.0 (Android 14; Mobile; rv:140.0) Gecko/140.0 Firefox/140.0',
	firefoxIos:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/124.0 Mobile/15E148 Safari/605.1.15',
	iphone:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
	safariMac:
		'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
	chromeMac:
		'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
	chromeAndroid:
		'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
	edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0',
	epiphany:
		'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15'
};

describe('installRoute', () => {
	it('sends iPhone and iPad users to the Share menu, whatever the browser', () => {
		expect(installRoute(UA.iphone)).toBe('ios');
		expect(installRoute(UA.firefoxIos)).toBe('ios');
		// iPadOS asks for the desktop site: a "Mac" with a touch screen.
		expect(installRoute(UA.safariMac, 5)).toBe('ios');
	});

	it('tells Firefox apart on phones and on computers', () => {
		expect(installRoute(UA.firefoxAndroid)).toBe('firefoxAndroid');
		expect(installRoute(UA.firefoxLinux)).toBe('firefoxDesktop');
		expect(installRoute(UA.firefoxWindows)).toBe('firefoxDesktop');
	});

	it('finds Safari on a Mac, not Chrome on a Mac', () => {
		expect(installRoute(UA.safariMac)).toBe('safariMac');
		expect(installRoute(UA.chromeMac)).toBe('menu');
	});

	it('points every other browser to its own menu', () => {
		expect(installRoute(UA.chromeAndroid)).toBe('menu');
		expect(installRoute(UA.edge)).toBe('menu');
		expect(installRoute(UA.epiphany)).toBe('menu');
		expect(installRoute('')).toBe('menu');
	});
});

describe('INSTALL_STEPS', () => {
	it('has every sentence in Vietnamese and in English', () => {
		const lookup = (tree: object, key: string) =>
			key
				.replace(/^pwa:/, '')
				.split('.')
				.reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);
		for (const { intro, steps } of Object.values(INSTALL_STEPS))
			for (const key of [intro, ...steps.map((s) => s.text)]) {
				expect(key).toMatch(/^pwa:install\./);
				expect(typeof lookup(vi, key), `vi ${key}`).toBe('string');
				expect(typeof lookup(en, key), `en ${key}`).toBe('string');
			}
	});
});
