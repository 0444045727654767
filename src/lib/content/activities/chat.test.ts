// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../parse';
import { BODY_LINE, lessonAround } from '../test-lesson';

const path = 'content/6-8/01-thu.md';
const reasons = (source: string) =>
	parseLesson(source, { path, base: '' }).errors.map((e) => [
		e.line,
		e.message.match(/\(([^()]+)\)$/)?.[1]
	]);

describe('chat: every conversation can end', () => {
	it('refuses a loop of "->" jumps with no reply and no ending, at its first node', () => {
		const chat = `::: chat zalo Chị Hoa
Đọc tin nhắn.

# dau
Hoa: Em cho chị số điện thoại nhé?
- [ ] Dạ vâng. -> cho-so
- [x] Em không cho đâu ạ. -> tu-choi

# cho-so
Hoa: Cảm ơn em.
-> vong

# vong
Hoa: Nhớ giữ bí mật nhé.
-> cho-so

# tu-choi
= an toàn
> Em đã giữ thông tin riêng. Rất tốt!
:::`;
		const { lesson, errors } = parseLesson(lessonAround(chat), { path, base: '' });
		expect(lesson).toBeNull();
		expect(errors).toEqual([
			{
				path,
				line: BODY_LINE + 8,
				message:
					'chat: các đoạn "cho-so" → "vong" → "cho-so" chỉ nối nhau bằng "->", không có lựa chọn hay kết thúc: cuộc trò chuyện sẽ lặp mãi (goto loop)'
			}
		]);
	});

	it('refuses a node that jumps to itself', () => {
		const chat = `::: chat zalo Chị Hoa
Đọc tin nhắn.

# dau
Hoa: Chào em.
-> dau

# cuoi
= an toàn
> Rất tốt!
:::`;
		expect(reasons(lessonAround(chat))).toEqual([
			[BODY_LINE + 7, 'unreachable node'],
			[BODY_LINE + 3, 'goto loop']
		]);
	});

	it('refuses a corner of replies with no way out to an ending', () => {
		const chat = `::: chat messenger Bạn lạ
Đọc tin nhắn.

# dau
Lạ: Mình làm quen nhé?
- [x] Em hỏi mẹ đã. -> cuoi
- [ ] Vâng. -> hoi

# hoi
Lạ: Em mấy tuổi?
- [x] Em không nói. -> hoi-lai

# hoi-lai
Lạ: Nói đi mà.
- [x] Em không nói. -> hoi

# cuoi
= an toàn
> Hỏi người lớn là rất đúng.
:::`;
		expect(reasons(lessonAround(chat))).toEqual([[BODY_LINE + 8, 'no way to an ending']]);
	});

	it('accepts a loop that has a way out, and a chain of jumps to an ending', () => {
		const chat = `::: chat messenger Bạn lạ
Đọc tin nhắn.

# dau
Lạ: Mình làm quen nhé?
- [x] Em hỏi mẹ đã. -> noi
- [ ] Vâng. -> dau

# noi
Em: Mẹ ơi, có người lạ nhắn tin.
-> cuoi

# cuoi
= an toàn
> Hỏi người lớn là rất đúng.
:::`;
		expect(reasons(lessonAround(chat))).toEqual([]);
	});
});
