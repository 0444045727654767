// @vitest-environment node
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, formatError } from '$lib/content/load';
import { checkPictures, levenshtein, nearestNames } from './check';
import { PICTURES } from './dictionary';

describe('levenshtein', () => {
	it('counts inserts, deletes and replacements', () => {
		expect(levenshtein('', '')).toBe(0);
		expect(levenshtein('mẹ', 'mẹ')).toBe(0);
		expect(levenshtein('kitten', 'sitting')).toBe(3);
		expect(levenshtein('ổ khoá', 'ổ khóa')).toBe(2);
		expect(levenshtein('bố', '')).toBe(2);
	});
});

describe('nearestNames', () => {
	it('suggests the dictionary names closest to a typo, nearest first', () => {
		expect(nearestNames('dien thoai')[0]).toBe('điện thoại');
		expect(nearestNames('cô giao')[0]).toBe('cô giáo');
		expect(nearestNames('ổ khoá')[0]).toBe('ổ khóa');
		expect(nearestNames('xyz', 2)).toHaveLength(2);
	});
	it('ignores case and spacing', () => {
		expect(nearestNames('  Bàn   Tay Dừng ')[0]).toBe('bàn tay dừng');
	});
});

describe('checkPictures', () => {
	it('accepts known names, with or without the author\u2019s own alt text', () => {
		const src = 'Chào em!\n[[điện thoại]] [[Mẹ|mẹ của Lan]]\n- [x] [[ổn]] Được';
		expect(checkPictures(src, 'content/6-8/01.md')).toEqual([]);
	});
	it('refuses an unknown name with file:line and the nearest names', () => {
		const errors = checkPictures('một\nhai [[dien thoai]] và [[mẹ]]\n[[ ]]', 'content/6-8/02.md');
		expect(errors.map((e) => e.line)).toEqual([2, 3]);
		expect(errors[0].path).toBe('content/6-8/02.md');
		expect(errors[0].message).toContain('"dien thoai"');
		expect(errors[0].message).toContain('"điện thoại"');
		expect(errors[0].message).toContain('unknown picture');
		expect(errors[1].message).toContain('no name');
	});
	it('fails the lesson loader on the broken fixture, naming file and line', () => {
		const set = loadContent({
			root: process.cwd(),
			contentDir: join(process.cwd(), 'tests/fixtures/content-broken')
		});
		const mine = set.errors
			.filter((e) => e.path === 'content/9-10/23-hinh-khong-co-trong-tu-dien.md')
			.map(formatError);
		expect(mine).toHaveLength(2);
		expect(mine[0]).toMatch(
			/^content\/9-10\/23-hinh-khong-co-trong-tu-dien\.md:20: không có hình "dien thoai".*"điện thoại"/
		);
		expect(mine[1]).toMatch(/:25: không có hình "ổ khoá".*"ổ khóa"/);
	});
});

describe('the dictionary', () => {
	it('holds 80-150 names, each with alt text and a lower-case key', () => {
		const names = Object.keys(PICTURES);
		expect(names.length).toBeGreaterThanOrEqual(80);
		expect(names.length).toBeLessThanOrEqual(150);
		for (const [name, entry] of Object.entries(PICTURES)) {
			expect(name).toBe(name.normalize('NFC').toLocaleLowerCase('vi').trim());
			expect(entry.alt.trim().length).toBeGreaterThan(1);
		}
	});
});

describe('content/README.md', () => {
	it('lists the whole picture dictionary, as dictionaryTable() writes it', async () => {
		const { readFileSync } = await import('node:fs');
		const { dictionaryTable } = await import('./readme-table');
		expect(readFileSync('content/README.md', 'utf8')).toContain(dictionaryTable());
	});
});
