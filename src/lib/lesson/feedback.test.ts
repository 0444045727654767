// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { htmlWithoutRepeat, repeatLength, withoutRepeat } from './feedback';

describe('feedback that repeats its title', () => {
	it('drops the author’s verdict when the title already says it', () => {
		expect(withoutRepeat('Đúng rồi!', 'Đúng rồi! Vùng riêng tư là của em.')).toBe(
			'Vùng riêng tư là của em.'
		);
		expect(withoutRepeat('Chưa đúng', 'Chưa đúng. Ảnh đã gửi thì khó lấy lại.')).toBe(
			'Ảnh đã gửi thì khó lấy lại.'
		);
		// A shorter verdict of the same sense is a repeat too.
		expect(withoutRepeat('Đúng rồi!', 'Đúng. Bạn có quyền nói không.')).toBe(
			'Bạn có quyền nói không.'
		);
		expect(withoutRepeat('Chưa đúng', 'Chưa hẳn. Người lạ vẫn là người lạ.')).toBe(
			'Người lạ vẫn là người lạ.'
		);
		// After a comma the rest starts with a capital, as a sentence does.
		expect(withoutRepeat('Đúng rồi!', 'Đúng, và em nên kể với mẹ.')).toBe('Và em nên kể với mẹ.');
	});

	it('reads the sense from the title’s opening words, whatever follows them', () => {
		expect(
			withoutRepeat('Đúng rồi, đây là dấu hiệu đáng lo.', 'Đúng. Người tốt không bắt em giấu.')
		).toBe('Người tốt không bắt em giấu.');
		expect(
			withoutRepeat('Chưa đúng, thử lại nhé: “A” không thuộc hộp “B”.', 'Chưa đúng. A là riêng.')
		).toBe('A là riêng.');
	});

	it('keeps everything that is not a repeat', () => {
		// Opposite sense: "Đúng" under "Chưa đúng" is the author's own point, not a repeat.
		expect(repeatLength('Chưa đúng', 'Đúng. Nhưng hãy hỏi người lớn.')).toBe(0);
		// A word that only starts like a verdict.
		expect(repeatLength('Đúng rồi!', 'Đúng lúc để dừng lại.')).toBe(0);
		expect(repeatLength('Đúng rồi!', 'Giỏi lắm! Em đã nhớ.')).toBe(0);
		// No title verdict at all.
		expect(repeatLength('Lựa chọn an toàn', 'Đúng. Chỉ bạn bè thấy.')).toBe(0);
		expect(withoutRepeat('Đúng rồi!', 'Kể với người lớn là dũng cảm.')).toBe(
			'Kể với người lớn là dũng cảm.'
		);
		// The same opening words as the title, whatever they are.
		expect(withoutRepeat('Lựa chọn an toàn', 'Lựa chọn an toàn! Chỉ bạn bè thấy.')).toBe(
			'Chỉ bạn bè thấy.'
		);
	});

	it('works on compiled HTML, inside the first paragraph or a bold verdict', () => {
		expect(htmlWithoutRepeat('Đúng rồi!', '<p>Đúng rồi! Vùng <em>riêng tư</em>.</p>')).toBe(
			'<p>Vùng <em>riêng tư</em>.</p>'
		);
		expect(
			htmlWithoutRepeat('Chưa đúng', '<p><strong>Chưa đúng.</strong> ảnh đã gửi đi.</p><p>Hai</p>')
		).toBe('<p>Ảnh đã gửi đi.</p><p>Hai</p>');
		expect(htmlWithoutRepeat('Đúng rồi!', '<p>Đúng rồi!</p>')).toBe('');
		const untouched = '<p>Lời khen không phải là lý do.</p>';
		expect(htmlWithoutRepeat('Chưa đúng', untouched)).toBe(untouched);
	});
});
