// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson } from './parse';
import { BODY_LINE, lessonAround } from './test-lesson';
import type { Activity, Lesson, Step } from './types';

const path = 'content/6-8/01-thu.md';
const parse = (body: string, base = '') => parseLesson(lessonAround(body), { path, base });
const activities = (l: Lesson): Activity[] =>
	l.screens.flatMap((s) => (s.kind === 'activity' ? [s.activity] : []));

describe('blocks from markdown-it tokens', () => {
	it('accepts an option wrapped onto a second line, as CommonMark does', () => {
		const { lesson, errors } = parse(`::: choice
Một người lạ hỏi em học trường nào. Em làm gì?
- [ ] Trả lời ngay, vì người đó
rất vui tính.
  > Chưa đúng. Em thử lại nhé.
- [x] Không trả lời và kể với bố mẹ.
  > Đúng rồi!
:::`);
		expect(errors).toEqual([]);
		const [choice] = activities(lesson!);
		expect(choice.type === 'choice' && choice.options.map((o) => o.label.text)).toEqual([
			'Trả lời ngay, vì người đó rất vui tính.',
			'Không trả lời và kể với bố mẹ.'
		]);
	});

	it('accepts a wrapped chat reply and keeps its target', () => {
		const { lesson, errors } = parse(`::: chat zalo Chị Hoa
Đọc tin nhắn.

# dau
Hoa: Em cho chị mật khẩu nhé?
- [x] Không, mật khẩu là của riêng
em. -> cuoi

# cuoi
= an toàn
> Rất tốt!
:::`);
		expect(errors).toEqual([]);
		const [chat] = activities(lesson!);
		expect(chat.type === 'chat' && chat.nodes.dau.replies[0]).toMatchObject({
			text: 'Không, mật khẩu là của riêng em.',
			next: 'cuoi'
		});
	});

	it('reports a block opened before the last one was closed, and reads both', () => {
		const { errors } = parse(`::: step Một
Xin chào.

::: step Hai
Tạm biệt.
:::`);
		expect(errors).toEqual([
			{
				path,
				line: BODY_LINE,
				message: 'khối "::: step" chưa đóng: thêm một dòng ":::" ở cuối (block not closed)'
			}
		]);
	});

	it('lets code show HTML: a fence is not raw HTML, text outside it still is', () => {
		const fenced = parse('::: step Mã lạ\nĐừng bấm vào tin nhắn như thế này:\n\n```\n<img src=x onerror=alert(1)>\n```\n:::');
		expect(fenced.errors).toEqual([]);
		const step = fenced.lesson!.screens[1] as Step;
		expect(step.body.html).toContain('<pre><code>&lt;img src=x onerror=alert(1)&gt;\n</code></pre>');
		expect(parse('::: step Mã lạ\n<img src=x onerror=alert(1)>\n:::').errors.map((e) => e.line)).toEqual([
			BODY_LINE + 1
		]);
	});

	it('takes the base path from each call (env), never from the call before', () => {
		const body = '::: step Trợ giúp\nXem [trang trợ giúp](/tro-giup).\n:::';
		const sub = parse(body, '/khien-nho').lesson!.screens[1] as Step;
		const root = parse(body, '').lesson!.screens[1] as Step;
		expect(sub.body.html).toContain('href="/khien-nho/tro-giup"');
		expect(root.body.html).toContain('href="/tro-giup"');
	});

	it('keeps hotline numbers as call links in text, never inside an answer button', () => {
		const { lesson } = parse(`::: choice
Em gọi số nào khi cần giúp?
- [x] Gọi 111.
  > Đúng rồi! Gọi 111 miễn phí.
- [ ] Không gọi ai.
  > Chưa đúng. Em thử lại nhé.
:::`);
		const [choice] = activities(lesson!);
		if (choice.type !== 'choice') throw new Error('not a choice');
		expect(choice.options[0].label.html).toBe('Gọi 111.');
		expect(choice.options[0].feedback.html).toContain('<a href="tel:111">111</a>');
	});
});

describe('the parser runs in a browser', () => {
	it('has no node: import in the parser, its blocks, markdown and activities', () => {
		const dir = join(process.cwd(), 'src/lib/content');
		const files = [
			'parse.ts',
			'blocks.ts',
			'frontmatter.ts',
			'markdown.ts',
			'phone-links.ts',
			'schema.ts',
			'course.ts',
			...readdirSync(join(dir, 'activities'))
				.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
				.map((f) => `activities/${f}`)
		];
		for (const f of files)
			expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/from ['"](node:|fs|path)/);
	});
});
