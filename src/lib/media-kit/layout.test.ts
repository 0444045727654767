import { describe, expect, it } from 'vitest';
import { fitText, wrap, type Measure } from './layout';
import { cardFrame, CARD_SIZE_IDS } from './sizes';

// Every character half as wide as the font is tall: close to Be Vietnam Pro's average.
const measure: Measure = (text, size) => text.length * size * 0.5;

describe('wrap', () => {
	it('breaks between words and keeps every line within the width', () => {
		const lines = wrap('Cơ thể em là của em. Em được nói "Không".', 100, 10, measure);
		expect(lines.join(' ')).toBe('Cơ thể em là của em. Em được nói "Không".');
		for (const l of lines) expect(measure(l, 10)).toBeLessThanOrEqual(100);
		expect(lines.length).toBeGreaterThan(1);
	});

	it('cuts a word longer than the box', () => {
		const lines = wrap('tongdai111.vn/khong-mot-minh', 50, 10, measure);
		for (const l of lines) expect(measure(l, 10)).toBeLessThanOrEqual(50);
		expect(lines.join('')).toBe('tongdai111.vn/khong-mot-minh');
	});
});

describe('fitText', () => {
	const box = { x: 0, y: 0, w: 400, h: 200 };
	const o = { max: 60, min: 20, lineHeight: 1.25 };

	it('keeps the largest size when the text is short', () => {
		const f = fitText('Gọi 111', box, o, measure);
		expect(f).toMatchObject({ size: 60, lines: ['Gọi 111'], fits: true });
	});

	it('shrinks a long text until it fits, and reports what it measured', () => {
		const text =
			'Khi bạn mình có thể bị hại, đừng hứa giữ bí mật - hãy cùng bạn tìm người lớn tin cậy, gọi 111.';
		const f = fitText(text, box, o, measure);
		expect(f.fits).toBe(true);
		expect(f.size).toBeLessThan(60);
		expect(f.width).toBeLessThanOrEqual(box.w);
		expect(f.height).toBeLessThanOrEqual(box.h);
		// One size bigger would not have fitted.
		const bigger = fitText(text, box, { ...o, min: f.size + 2 }, measure);
		expect(bigger.fits).toBe(false);
	});

	it('never leaves the box, even when the text cannot fit at the smallest size', () => {
		const f = fitText('chữ '.repeat(400), box, o, measure);
		expect(f.fits).toBe(false);
		expect(f.height).toBeLessThanOrEqual(box.h);
		expect(f.width).toBeLessThanOrEqual(box.w);
		expect(f.lines.at(-1)?.endsWith('…')).toBe(true);
	});

	it('puts each list item on its own line with its bullet', () => {
		const wide = { ...box, w: 1000 };
		const f = fitText('Dừng trả lời.\nChặn và báo cáo.', wide, { ...o, bullet: '• ' }, measure);
		expect(f.lines).toEqual(['• Dừng trả lời.', '• Chặn và báo cáo.']);
		expect(f.indents).toEqual([0, 0]);
	});

	it("hangs a list item's wrapped lines under its text", () => {
		const narrow = { x: 0, y: 0, w: 100, h: 400 };
		const f = fitText(
			'Chặn và báo cáo tài khoản đó.',
			narrow,
			{ max: 10, min: 10, lineHeight: 1.2, bullet: '• ' },
			measure
		);
		expect(f.lines[0].startsWith('• ')).toBe(true);
		expect(f.lines.length).toBeGreaterThan(1);
		expect(f.indents.slice(1).every((i) => i === measure('• ', 10))).toBe(true);
		expect(f.width).toBeLessThanOrEqual(narrow.w);
	});
});

describe('cardFrame', () => {
	it('keeps every box inside the card and the boxes apart', () => {
		for (const id of CARD_SIZE_IDS) {
			const f = cardFrame(id);
			const order = ['heading', 'message', 'action', 'hotline', 'brand'] as const;
			for (const [i, part] of order.entries()) {
				const b = f.boxes[part];
				expect(b.h, `${id} ${part}`).toBeGreaterThan(0);
				expect(b.x + b.w).toBeLessThanOrEqual(f.w);
				expect(b.y + b.h).toBeLessThanOrEqual(f.h);
				if (i > 0) {
					const above = f.boxes[order[i - 1]];
					expect(b.y, `${id} ${part} below ${order[i - 1]}`).toBeGreaterThanOrEqual(
						above.y + above.h
					);
				}
			}
			// A list card's steps take the room of "what to do" as well.
			expect(cardFrame(id, true).boxes.message.h).toBeGreaterThan(f.boxes.message.h);
		}
	});
});
