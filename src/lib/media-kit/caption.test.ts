import { describe, expect, it } from 'vitest';
import { ALT_MAX, altText, buildCaption, clip, HASHTAGS } from './caption';
import type { ShareCard } from './cards';

const card: ShareCard = {
	id: '15-17-x-1',
	kind: 'lesson',
	band: '15-17',
	topic: 'helping-friends',
	lessonTitle: 'Đứng lên vì bạn',
	heading: 'Cho bạn từ 15 đến 17 tuổi · Đứng lên vì bạn',
	message:
		'Khi bạn mình có thể bị hại, đừng hứa giữ bí mật - hãy cùng bạn tìm người lớn tin cậy, gọi 111. '.repeat(
			2
		),
	list: false,
	action: 'Kể với người bạn tin, hoặc gọi 111.'
};

describe('caption', () => {
	it('has an opening, the message, what to do, 111, the app hashtags and a description', () => {
		const c = buildCaption(card);
		const parts = c.text.split('\n\n');
		expect(parts[0]).toMatch(/tuổi teen/);
		expect(parts[1]).toBe(card.message);
		expect(parts[2]).toBe(card.action);
		expect(parts[3]).toContain('111');
		expect(parts).toContain(HASHTAGS.join(' '));
		expect(HASHTAGS).toContain('#KhienNho');
		expect(c.text).toMatch(/\[Mô tả ảnh: .+\]$/s);
		expect(c.description).toContain(card.heading);
	});

	it('speaks to parents when asked', () => {
		expect(buildCaption(card, 'parents').text.startsWith('Gửi bố mẹ')).toBe(true);
	});

	it('keeps the alt text within 100 characters, cut at a word, with 111 kept', () => {
		const alt = altText(card);
		expect(alt.length).toBeLessThanOrEqual(ALT_MAX);
		expect(alt).toMatch(/… Gọi 111\.$/);
		expect(alt.startsWith('Thẻ Khiên Nhỏ: Khi bạn mình')).toBe(true);
		const short = altText({ ...card, message: 'Cơ thể em là của em.' });
		expect(short).toBe('Thẻ Khiên Nhỏ: Cơ thể em là của em. Gọi 111.');
	});

	it('clip leaves short text alone', () => {
		expect(clip('Dừng trả lời.', 20)).toBe('Dừng trả lời.');
		expect(clip('một hai ba bốn năm sáu', 12)).toBe('một hai ba…');
	});
});
