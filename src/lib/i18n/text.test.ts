// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareVi, foldVi, matchesVi } from './text';

describe('Vietnamese text', () => {
	it('sorts in Vietnamese alphabetical order (đ after d, ơ after o)', () => {
		const names = ['Đức', 'Ân', 'Dũng', 'An', 'Ơn', 'Oanh', 'Bình'];
		expect([...names].sort(compareVi)).toEqual(['An', 'Ân', 'Bình', 'Dũng', 'Đức', 'Oanh', 'Ơn']);
	});
	it('folds tones and marks', () => {
		expect(foldVi('Bí mật  ĐỒ LÓT')).toBe('bi mat do lot');
		expect(foldVi('Người lạ')).toBe('nguoi la');
	});
	it('matches a query typed without diacritics', () => {
		expect(matchesVi('bi mat', 'Bí mật tốt, bí mật xấu')).toBe(true);
		expect(matchesVi('nguoi la', 'Người em chỉ quen trên mạng')).toBe(false);
		expect(matchesVi('quen mang', 'Người em chỉ quen trên mạng')).toBe(true);
		expect(matchesVi('', 'anything')).toBe(true);
	});
});
