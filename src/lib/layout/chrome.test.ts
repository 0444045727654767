// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chromeFor } from './chrome';

describe('chromeFor', () => {
	it('gives the help page, lessons and guides a quick exit', () => {
		for (const id of ['/tro-giup', '/[band=band]/[slug]', '/phu-huynh/[slug]', '/thay-co/[slug]'])
			expect(chromeFor(id), id).toEqual({ header: true, fullBleed: false, quickExit: true });
	});

	it('hides header and footer in group mode only', () => {
		expect(chromeFor('/thay-co/nhom/[band=band]/[slug]')).toEqual({
			header: false,
			fullBleed: true,
			quickExit: false
		});
		for (const id of ['/', '/thay-co', '/thay-co/ke-hoach/[band=band]/[slug]', '/cai-dat', null])
			expect(chromeFor(id), String(id)).toEqual({
				header: true,
				fullBleed: false,
				quickExit: false
			});
	});
});
