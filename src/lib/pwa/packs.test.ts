import { describe, expect, it } from 'vitest';
import { dropDuplicatePages, isAdultEntry, isAdultPath, splitPacks } from './packs';

describe('packs', () => {
	it('puts every page under /thay-co/ and /phu-huynh/ in the adults pack, by prefix', () => {
		for (const path of [
			'thay-co/',
			'thay-co/__data.json',
			'thay-co/nhom/6-8/bi-mat-tot-xau/',
			'thay-co/in/the-111/',
			'/thay-co/bo-truyen-thong/',
			'phu-huynh/',
			'phu-huynh/cha-me/__data.json'
		])
			expect(isAdultPath(path), path).toBe(true);
	});

	it('keeps the children’s course, the shell and the app code in the first install', () => {
		for (const path of [
			'/',
			'200.html',
			'6-8/',
			'6-8/bi-mat-tot-xau/__data.json',
			'tro-giup/',
			'tu-dien/',
			'cai-dat/',
			'nguoi-hoc/',
			'rieng-tu/',
			'lessons.json',
			'_app/immutable/nodes/0.js',
			'thay-co-khong-phai.html'
		])
			expect(isAdultPath(path), path).toBe(false);
	});

	it('splits a manifest and keeps every entry once', () => {
		const entries = [
			{ url: '/', revision: '1' },
			{ url: 'thay-co/', revision: '2' },
			{ url: '_app/immutable/entry/start.js', revision: null },
			{ url: 'phu-huynh/cha-me/', revision: '3' }
		];
		const { children, adults } = splitPacks(entries);
		expect(children.map((e) => e.url)).toEqual(['/', '_app/immutable/entry/start.js']);
		expect(adults.map((e) => e.url)).toEqual(['thay-co/', 'phu-huynh/cha-me/']);
	});

	it('puts the code the build marks as adults’ only (pack: adults) in the adults pack', () => {
		const entries = [
			{ url: '_app/immutable/chunks/studio.js', revision: null, pack: 'adults' as const },
			{ url: '_app/immutable/chunks/player.js', revision: null },
			'_app/immutable/chunks/plain.js'
		];
		expect(isAdultEntry(entries[0])).toBe(true);
		const { children, adults } = splitPacks(entries);
		expect(adults).toEqual([entries[0]]);
		expect(children).toEqual([entries[1], entries[2]]);
	});

	it('leaves out the HTML of a children’s page whose data is precached, but the start page', () => {
		const entries = [
			{ url: '/', revision: '1' },
			{ url: '__data.json', revision: '1' },
			{ url: '6-8/', revision: '2' },
			{ url: '6-8/__data.json', revision: '2' },
			{ url: '6-8/bi-mat-tot-xau/', revision: '3' },
			{ url: '6-8/bi-mat-tot-xau/__data.json', revision: '3' },
			{ url: 'tro-giup/', revision: '4' },
			{ url: '200.html', revision: '5' },
			{ url: 'thay-co/', revision: '6' },
			{ url: 'thay-co/__data.json', revision: '6' }
		];
		expect(dropDuplicatePages(entries).manifest.map((e) => e.url)).toEqual([
			'/',
			'__data.json',
			'6-8/__data.json',
			'6-8/bi-mat-tot-xau/__data.json',
			'tro-giup/',
			'200.html',
			'thay-co/',
			'thay-co/__data.json'
		]);
	});
});
