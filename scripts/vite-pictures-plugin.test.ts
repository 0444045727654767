// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PICTURES } from '../src/lib/pictures/dictionary';
import { pictureSvg, usedIcons } from './vite-pictures-plugin';

describe('pictures as files', () => {
	it('finds every dictionary icon in the Fluent Emoji flat set', () => {
		const missing = Object.entries(PICTURES).filter(([, e]) => !pictureSvg(e.icon));
		expect(missing).toEqual([]);
	});

	it('makes a small standalone SVG', () => {
		const svg = pictureSvg('mobile-phone')!;
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 32 32">/);
		expect(svg.length).toBeLessThan(4000);
		// Optimised: no number written with more than 2 decimals.
		expect(svg).not.toMatch(/\d\.\d{3}/);
		expect(pictureSvg('not-an-icon')).toBeNull();
	});

	it('emits only the pictures the content uses, once each', () => {
		const dir = mkdtempSync(join(tmpdir(), 'khien-nho-pics-'));
		try {
			mkdirSync(join(dir, '6-8'));
			writeFileSync(
				join(dir, '6-8', 'a.md'),
				'[[mẹ]] [[Mẹ|mẹ em]] [[không có]]\n- [x] [[quà]] Quà'
			);
			writeFileSync(join(dir, 'b.md'), '[[111]] và [[gọi điện]]');
			writeFileSync(join(dir, 'README.md'), 'Ví dụ: [[bố]] [[kẹo]]');
			expect(usedIcons(dir)).toEqual(['telephone-receiver', 'woman', 'wrapped-gift']);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
