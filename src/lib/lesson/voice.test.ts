// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import vi from '$lib/i18n/locales/vi/activities.json';
import viLesson from '$lib/i18n/locales/vi/lesson.json';
import viCommon from '$lib/i18n/locales/vi/common.json';
import { addressesAsEm, isTeen, tv } from './voice';

type Tree = { [key: string]: string | Tree };

describe('the player’s voice', () => {
	it('says "em" to 6-10 and "bạn" to 11-17', () => {
		expect(['6-8', '9-10', '11-14', '15-17'].map((b) => isTeen(b as never))).toEqual([
			false,
			false,
			true,
			true
		]);
		expect(tv('6-8', 'lesson:summaryTitle')).toBe('Em đã học xong bài này!');
		expect(tv('11-14', 'lesson:summaryTitle')).toBe('Bạn đã học xong bài này!');
		expect(tv('15-17', 'activities:chat.yourReply')).toBe('Bạn trả lời thế nào?');
		expect(tv('15-17', 'activities:redflag.summary', { count: 4, total: 9 })).toBe(
			'Bạn nhận ra đúng 4/9.'
		);
		// A string that does not address anyone has no teen form: the same words for all.
		expect(tv('15-17', 'activities:frame.continue')).toBe('Tiếp tục');
	});

	it('finds "em" as a word, not inside other words or in "trẻ em"', () => {
		expect(addressesAsEm('Em bấm tiếp nhé')).toHaveLength(1);
		expect(addressesAsEm('lỗi của em.')).toHaveLength(1);
		expect(addressesAsEm('Bạn xem thêm, đem theo kem')).toEqual([]);
		expect(addressesAsEm('Tổng đài bảo vệ trẻ em 111')).toEqual([]);
	});

	it('gives every player string that says "em" a teen form', () => {
		// Not the player's: pages with no band (a lost address) speak to a child in general.
		const noBand = new Set(['common:notFound.body', 'common:error.body']);
		const missing: string[] = [];
		const walk = (ns: string, tree: Tree, prefix = '') => {
			for (const [k, v] of Object.entries(tree)) {
				if (typeof v !== 'string') walk(ns, v, `${prefix}${k}.`);
				else if (!k.endsWith('_teen') && addressesAsEm(v).length && !(`${k}_teen` in tree))
					if (!noBand.has(`${ns}:${prefix}${k}`)) missing.push(`${ns}:${prefix}${k}`);
			}
		};
		walk('activities', vi as Tree);
		walk('lesson', viLesson as Tree);
		walk('common', viCommon as Tree);
		expect(missing).toEqual([]);
		const teen = (tree: Tree): string[] =>
			Object.entries(tree).flatMap(([k, v]) =>
				typeof v === 'string' ? (k.endsWith('_teen') ? [v] : []) : teen(v)
			);
		for (const v of [vi, viLesson, viCommon].flatMap((t) => teen(t as Tree)))
			expect(addressesAsEm(v), v).toEqual([]);
	});

	it('asks only for keys the locale files hold', () => {
		const files: string[] = [];
		const list = (dir: string) => {
			for (const name of readdirSync(dir)) {
				const full = join(dir, name);
				if (statSync(full).isDirectory()) list(full);
				else if (/\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts')) files.push(full);
			}
		};
		list('src');
		const trees: Record<string, Tree> = {
			activities: vi as Tree,
			lesson: viLesson as Tree,
			common: viCommon as Tree
		};
		const has = (ns: string, key: string) =>
			key.split('.').reduce<unknown>((node, k) => (node as Tree)?.[k], trees[ns]) !== undefined;
		const missing: string[] = [];
		let seen = 0;
		for (const file of files)
			for (const m of readFileSync(file, 'utf8').matchAll(/\btv\([^,]+,\s*'([a-z]+):([\w.]+)'/g)) {
				seen++;
				if (!has(m[1], m[2])) missing.push(`${file}: ${m[1]}:${m[2]}`);
			}
		expect(missing).toEqual([]);
		expect(seen).toBeGreaterThan(20);
	});
});
