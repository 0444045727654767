// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PHONE_NUMBERS, splitPhones } from './phones';

const hasPhone = (text: string) => splitPhones(text).some((p) => p.tel);

describe('splitPhones', () => {
	it('knows the four numbers of the facts file', () => {
		expect([...PHONE_NUMBERS].sort()).toEqual(['111', '113', '114', '115']);
	});

	it('cuts the numbers out of running text with their tel: address', () => {
		expect(splitPhones('Hoặc gọi 111, miễn phí. Nguy hiểm thì gọi 113.')).toEqual([
			{ text: 'Hoặc gọi ' },
			{ text: '111', tel: 'tel:111' },
			{ text: ', miễn phí. Nguy hiểm thì gọi ' },
			{ text: '113', tel: 'tel:113' },
			{ text: '.' }
		]);
		expect(splitPhones('gọi 113/111.')).toEqual([
			{ text: 'gọi ' },
			{ text: '113', tel: 'tel:113' },
			{ text: '/' },
			{ text: '111', tel: 'tel:111' },
			{ text: '.' }
		]);
		expect(splitPhones('115')).toEqual([{ text: '115', tel: 'tel:115' }]);
		expect(splitPhones('(111)')[1]).toEqual({ text: '111', tel: 'tel:111' });
		expect(splitPhones('gọi 114 khi có cháy').map((p) => p.tel ?? '')).toEqual(['', 'tel:114', '']);
	});

	it('leaves numbers that are part of something else', () => {
		for (const text of [
			'tongdai111.vn',
			'Số 0111 222',
			'1113 bạn',
			'111a',
			'mã 111-2',
			'111.5 điểm',
			'Lớp 112',
			'/111/',
			'111/2017',
			'56/111',
			'a@111.vn',
			'Năm 2111'
		])
			expect(hasPhone(text), text).toBe(false);
		expect(splitPhones('tongdai111.vn')).toEqual([{ text: 'tongdai111.vn' }]);
	});

	it('gives back the same text when joined', () => {
		const text = 'Gọi 111 hoặc 113; cấp cứu 115, tongdai111.vn.';
		expect(
			splitPhones(text)
				.map((p) => p.text)
				.join('')
		).toBe(text);
		expect(splitPhones('')).toEqual([]);
	});
});
