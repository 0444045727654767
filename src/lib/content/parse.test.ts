// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonPathInfo, parseGuide, parseLesson } from './parse';
import type { Activity, Lesson, Step } from './types';
import type { ActivityType } from './vocab';

const FIXTURES = join(process.cwd(), 'tests/fixtures');
const IMAGES = new Set(['/illustrations/ban-moi.svg', '/illustrations/ho-so.svg']);
const imageExists = (src: string) => IMAGES.has(src);

/** Parses a fixture as if it were the same path under content/. */
function parseFixture(rel: string, base = '') {
	const source = readFileSync(join(FIXTURES, rel), 'utf8');
	const path = 'content/' + rel.split('/').slice(1).join('/');
	return parseLesson(source, { path, base, imageExists });
}

function valid(rel: string, base = ''): Lesson {
	const { lesson, errors } = parseFixture(rel, base);
	expect(errors).toEqual([]);
	expect(lesson).not.toBeNull();
	return lesson!;
}

function activities(lesson: Lesson): Activity[] {
	return lesson.screens.flatMap((s) => (s.kind === 'activity' ? [s.activity] : []));
}

function activity<T extends ActivityType>(
	lesson: Lesson,
	type: T,
	nth = 0
): Extract<Activity, { type: T }> {
	const found = activities(lesson).filter((a) => a.type === type);
	expect(found.length).toBeGreaterThan(nth);
	return found[nth] as Extract<Activity, { type: T }>;
}

function steps(lesson: Lesson): Step[] {
	return lesson.screens.filter((s): s is Step => s.kind === 'step');
}

/** A minimal valid lesson around one body, for the small cases. */
function lessonSource(body: string, frontmatter = ''): string {
	return `---
id: b68-thu-nghiem
title: Bài thử
band: 6-8
summary: Một bài học ngắn để kiểm tra.
objectives:
  - Biết kể với người lớn tin cậy.
topics: [trusted-adults]
platforms: []
duration: 5
keyMessages:
  - Em không có lỗi.
  - Hãy kể với người lớn em tin.
${frontmatter}---

${body}

::: choice
Khi lo lắng, em kể với ai?
- [x] Bố mẹ hoặc thầy cô.
  > Đúng rồi!
- [ ] Không kể với ai.
  > Chưa đúng. Em thử lại nhé.
:::

::: facilitator
Kế hoạch buổi học.
:::
`;
}

const VALID = 'content-valid/9-10/01-nguoi-ban-moi.md';
const PROFILE = 'content-valid/15-17/02-ho-so-gia.md';

describe('parseLesson: valid lessons', () => {
	it('reads slug, order, band and lang from the path, and defaults version to 1', () => {
		const lesson = valid(VALID);
		expect(lesson).toMatchObject({
			id: 'b910-nguoi-ban-moi',
			slug: 'nguoi-ban-moi',
			order: 1,
			band: '9-10',
			lang: 'vi',
			path: 'content/9-10/01-nguoi-ban-moi.md',
			title: 'Người bạn mới trên mạng',
			topics: ['online-friends', 'strangers', 'personal-info', 'trusted-adults'],
			platforms: ['zalo', 'messenger', 'facebook'],
			duration: 15,
			version: 1
		});
		expect(lesson.objectives).toHaveLength(2);
		expect(lesson.keyMessages).toEqual([
			'Người mới quen trên mạng vẫn là người lạ.',
			'Bí mật làm em lo là bí mật cần kể.'
		]);
		expect(valid(PROFILE).version).toBe(2);
	});

	it('counts steps and activities, and numbers activities a1.. in file order', () => {
		const lesson = valid(VALID);
		expect(lesson.stepCount).toBe(2);
		expect(lesson.activityCounts).toEqual({
			choice: 2,
			chat: 1,
			redflag: 1,
			sort: 1,
			settings: 1
		});
		expect(lesson.screens.map((s) => (s.kind === 'step' ? 'step' : s.activity.id))).toEqual([
			'step',
			'a1',
			'a2',
			'a3',
			'a4',
			'a5',
			'a6',
			'step'
		]);
		expect(activities(lesson).map((a) => [a.type, a.line])).toEqual([
			['choice', 25],
			['chat', 33],
			['redflag', 58],
			['sort', 66],
			['settings', 75],
			['choice', 83]
		]);
	});

	it('compiles a step: title, body html and text', () => {
		const [first, last] = steps(valid(VALID));
		expect(first.title).toBe('Bạn mới trên mạng');
		expect(first.body.html).toContain('<strong>tốt thật</strong>');
		expect(first.body.html).toContain('<li>Em có quyền không trả lời.</li>');
		expect(first.body.text).toContain('Có người tốt thật, có người chỉ giả vờ tốt.');
		expect(first.image).toBeUndefined();
		expect(last.title).toBe('Em nhớ nhé');
		expect(last.body.html).toContain('<strong><a href="tel:111">111</a></strong>');
	});

	it('compiles a step image with the base prefix and its alt text', () => {
		const lesson = valid(PROFILE, '/khien-nho');
		const [step] = steps(lesson);
		expect(step.title).toBe('Ai đứng sau màn hình?');
		expect(step.image).toEqual({
			src: '/khien-nho/illustrations/ho-so.svg',
			alt: 'Một hồ sơ mạng xã hội với ảnh đại diện bị che mờ'
		});
		// The image line is taken out of the body; site links get the base too.
		expect(step.body.html).not.toContain('<img');
		expect(step.body.html).toContain('<a href="/khien-nho/tro-giup">trang trợ giúp</a>');
	});

	it('compiles a single-answer choice', () => {
		const choice = activity(valid(VALID), 'choice', 0);
		expect(choice.id).toBe('a1');
		expect(choice.multiple).toBe(false);
		expect(choice.prompt.html).toBe('<p>Một người lạ hỏi em học trường nào. Em làm gì?</p>');
		expect(choice.options).toEqual([
			{
				id: 'o1',
				label: {
					html: 'Trả lời ngay, vì người đó rất vui tính.',
					text: 'Trả lời ngay, vì người đó rất vui tính.'
				},
				correct: false,
				feedback: {
					html: '<p>Chưa đúng. Tên trường giúp người lạ tìm ra em. Em thử lại nhé.</p>',
					text: 'Chưa đúng. Tên trường giúp người lạ tìm ra em. Em thử lại nhé.'
				}
			},
			{
				id: 'o2',
				label: {
					html: 'Không trả lời và kể với bố mẹ.',
					text: 'Không trả lời và kể với bố mẹ.'
				},
				correct: true,
				feedback: {
					html: '<p>Đúng rồi! Tên trường là thông tin riêng của em.</p>',
					text: 'Đúng rồi! Tên trường là thông tin riêng của em.'
				}
			}
		]);
	});

	it('sets multiple on a choice with several right options', () => {
		const choice = activity(valid(VALID), 'choice', 1);
		expect(choice.id).toBe('a6');
		expect(choice.multiple).toBe(true);
		expect(choice.options.map((o) => [o.id, o.correct])).toEqual([
			['o1', true],
			['o2', true],
			['o3', false]
		]);
		expect(choice.options[2].feedback.html).toBe(
			'<p>Chưa đúng. Bí mật làm em lo là bí mật cần kể. Em thử lại nhé.</p>'
		);
	});

	it('compiles a chat: nodes, messages, replies, goto and endings', () => {
		const chat = activity(valid(VALID), 'chat');
		expect(chat).toMatchObject({
			id: 'a2',
			platform: 'zalo',
			contact: 'Anh Khang',
			start: 'bat-dau',
			line: 33
		});
		expect(chat.prompt.text).toBe(
			'Em nhận được tin nhắn từ một người em chưa gặp bao giờ. Hãy chọn câu trả lời.'
		);
		expect(Object.keys(chat.nodes)).toEqual(['bat-dau', 'cho-so', 'tu-choi', 'ket-chua-an-toan']);

		const start = chat.nodes['bat-dau'];
		expect(start.messages).toEqual([
			{ from: 'Khang', mine: false, text: 'Chào em, anh thấy em chơi game giỏi lắm.' },
			{ from: 'Khang', mine: false, text: 'Em cho anh số điện thoại nhé?' }
		]);
		expect(start.replies).toEqual([
			{
				id: 'bat-dau.1',
				text: 'Dạ, em gửi anh số điện thoại ạ.',
				safe: false,
				next: 'cho-so'
			},
			{
				id: 'bat-dau.2',
				text: 'Em không cho số điện thoại đâu ạ.',
				safe: true,
				next: 'tu-choi',
				feedback: {
					html: '<p>Giỏi lắm! Số điện thoại là thông tin riêng.</p>',
					text: 'Giỏi lắm! Số điện thoại là thông tin riêng.'
				}
			}
		]);
		expect(start.end).toBeUndefined();
		expect(start.goto).toBeUndefined();

		const bridge = chat.nodes['cho-so'];
		expect(bridge.replies).toEqual([]);
		expect(bridge.goto).toBe('ket-chua-an-toan');
		expect(bridge.end).toBeUndefined();

		const safeEnd = chat.nodes['tu-choi'];
		// "Em:" and "Mình:" are the learner's own messages.
		expect(safeEnd.messages).toEqual([
			{ from: 'Em', mine: true, text: 'Em sẽ hỏi mẹ trước.' },
			{ from: 'Mình', mine: true, text: 'Mẹ em dặn không nói chuyện với người lạ.' }
		]);
		expect(safeEnd.end).toEqual({
			safe: true,
			feedback: {
				html: '<p>Em đã giữ thông tin riêng và hỏi người lớn. Rất tốt!</p>',
				text: 'Em đã giữ thông tin riêng và hỏi người lớn. Rất tốt!'
			}
		});

		const unsafeEnd = chat.nodes['ket-chua-an-toan'];
		expect(unsafeEnd.messages).toEqual([]);
		expect(unsafeEnd.end?.safe).toBe(false);
		expect(unsafeEnd.end?.feedback.text).toContain('gọi 111');
	});

	it('compiles a redflag of messages', () => {
		const redflag = activity(valid(VALID), 'redflag');
		expect(redflag).toMatchObject({ id: 'a3', platform: 'messenger', line: 58 });
		expect(redflag.profile).toBeUndefined();
		expect(redflag.items).toEqual([
			{
				id: 'm1',
				from: 'Hà',
				mine: false,
				text: 'Chào Minh, mai lớp mình đi dã ngoại nhé.',
				flag: false,
				why: {
					html: '<p>Tin nhắn bình thường của bạn cùng lớp.</p>',
					text: 'Tin nhắn bình thường của bạn cùng lớp.'
				}
			},
			{
				id: 'm2',
				from: 'Người lạ',
				mine: false,
				text: 'Anh tặng em thẻ nạp game, nhưng đừng nói với bố mẹ nhé.',
				flag: true,
				why: {
					html: '<p>Tặng quà rồi dặn giấu bố mẹ là dấu hiệu đáng lo.</p>',
					text: 'Tặng quà rồi dặn giấu bố mẹ là dấu hiệu đáng lo.'
				}
			}
		]);
	});

	it('compiles a redflag in profile mode', () => {
		const redflag = activity(valid(PROFILE), 'redflag');
		expect(redflag.id).toBe('a1');
		expect(redflag.platform).toBe('tiktok');
		expect(redflag.profile).toEqual({ name: 'Minh Anh 2008', bio: 'Thích vẽ, mèo và trà sữa 🧋' });
		// The "hồ sơ:" line is not part of the instructions.
		expect(redflag.prompt.text).toBe(
			'Một tài khoản vừa gửi lời mời kết bạn cho Thảo. Chạm vào những chi tiết đáng ngờ.'
		);
		expect(redflag.items.map((i) => [i.id, i.from, i.text, i.flag])).toEqual([
			['m1', 'Tuổi', '16 tuổi, nhưng ảnh là người lớn', true],
			['m2', 'Sở thích', 'Vẽ tranh, nuôi mèo', false],
			['m3', 'Bạn chung', '0 bạn chung, tài khoản tạo tuần trước', true]
		]);
		expect(redflag.items[0].why.html).toBe(
			'<p>Ảnh và tuổi không khớp nhau là dấu hiệu hồ sơ giả.</p>'
		);
	});

	it('compiles a sort: bins and cards', () => {
		const sort = activity(valid(VALID), 'sort');
		expect(sort.id).toBe('a4');
		expect(sort.prompt.html).toBe(
			'<p>Thông tin nào em được chia sẻ trên mạng? Xếp mỗi thẻ vào một hộp.</p>'
		);
		expect(sort.bins).toEqual(['Chia sẻ được', 'Không chia sẻ']);
		expect(sort.cards).toEqual([
			{
				id: 'c1',
				text: 'Con vật em thích nhất',
				bin: 'Chia sẻ được',
				why: {
					html: '<p>Điều này không giúp ai tìm ra em.</p>',
					text: 'Điều này không giúp ai tìm ra em.'
				}
			},
			{
				id: 'c2',
				text: 'Địa chỉ nhà em',
				bin: 'Không chia sẻ',
				why: {
					html: '<p>Địa chỉ nhà giúp người lạ tìm đến em.</p>',
					text: 'Địa chỉ nhà giúp người lạ tìm đến em.'
				}
			}
		]);
	});

	it('compiles settings: options with safe flags and an explanation', () => {
		const settings = activity(valid(VALID), 'settings');
		expect(settings).toMatchObject({ id: 'a5', platform: 'facebook', line: 75 });
		expect(settings.prompt.text).toBe('Giúp chị Mai cài đặt tài khoản cho an toàn.');
		expect(settings.settings).toEqual([
			{
				id: 's1',
				label: 'Ai có thể xem bài viết của bạn?',
				options: [
					{ id: 's1o1', label: 'Công khai', safe: false },
					{ id: 's1o2', label: 'Bạn bè', safe: true }
				],
				why: {
					html: '<p>Chọn &quot;Bạn bè&quot; để người lạ không xem được bài viết của chị.</p>',
					text: 'Chọn "Bạn bè" để người lạ không xem được bài viết của chị.'
				}
			}
		]);
	});

	it('compiles discuss, facilitator and parents', () => {
		const lesson = valid(VALID);
		expect(lesson.discuss).toEqual([
			'Em sẽ kể với ai khi có người lạ nhắn tin?',
			'Vì sao người lạ hay dặn trẻ giữ bí mật?'
		]);
		expect(lesson.facilitator.html).toContain('<h3>Mục tiêu</h3>');
		expect(lesson.facilitator.html).toContain(
			'<li>Khởi động (5 phút): hỏi các em hay dùng ứng dụng nào.</li>'
		);
		expect(lesson.facilitator.text).toContain('Nếu một em kể chuyện đã xảy ra với mình');
		expect(lesson.parents?.html).toBe(
			'<p>Hôm nay con học cách nhận ra người lạ trên mạng. Bố mẹ hãy hỏi con về bạn bè trên mạng một cách nhẹ nhàng, không mắng.</p>'
		);
		// parents is optional.
		const profile = valid(PROFILE);
		expect(profile.parents).toBeUndefined();
		expect(profile.discuss).toEqual([]);
	});

	it('accepts CRLF line endings and a byte-order mark', () => {
		const source = '\uFEFF' + readFileSync(join(FIXTURES, VALID), 'utf8').replace(/\n/g, '\r\n');
		const { lesson, errors } = parseLesson(source, {
			path: 'content/9-10/01-nguoi-ban-moi.md',
			base: ''
		});
		expect(errors).toEqual([]);
		expect(activity(lesson!, 'chat').nodes['tu-choi'].end?.safe).toBe(true);
	});
});

describe('lessonPathInfo', () => {
	it('reads band, order, slug and language', () => {
		expect(lessonPathInfo('content/11-14/03-anh-rieng-tu.md')).toEqual({
			lang: 'vi',
			band: '11-14',
			order: 3,
			slug: 'anh-rieng-tu'
		});
		expect(lessonPathInfo('content/en/6-8/01-co-the-em/index.md')).toEqual({
			lang: 'en',
			band: '6-8',
			order: 1,
			slug: 'co-the-em'
		});
	});

	it('refuses names without a number, with capitals, accents or underscores', () => {
		expect(lessonPathInfo('content/6-8/co-the-em.md')).toBeNull();
		expect(lessonPathInfo('content/6-8/01-Co-The-Em.md')).toBeNull();
		expect(lessonPathInfo('content/6-8/01-cơ-thể.md')).toBeNull();
		expect(lessonPathInfo('content/6-8/01_co_the.md')).toBeNull();
		expect(lessonPathInfo('content/6-8/01-co-the.txt')).toBeNull();
	});
});

// One fixture per rule: each file is a complete lesson except for its one mistake.
const B = 'content-broken/9-10/';
const RULES: { rule: string; file: string; line: number; phrase: string }[] = [
	{
		rule: 'option without feedback',
		file: '01-lua-chon-thieu-phan-hoi.md',
		line: 27,
		phrase: 'thiếu phản hồi (option has no feedback)'
	},
	{
		rule: 'choice without a right answer',
		file: '02-khong-co-dap-an-dung.md',
		line: 25,
		phrase: 'không có đáp án đúng'
	},
	{
		rule: 'chat branch target that does not exist',
		file: '03-chat-doan-khong-ton-tai.md',
		line: 41,
		phrase: 'đoạn "hoi-lai" không tồn tại (branch target does not exist)'
	},
	{
		rule: 'unreachable chat node',
		file: '04-chat-doan-khong-toi-duoc.md',
		line: 47,
		phrase: 'đoạn "hoi-me" không đi tới được'
	},
	{
		rule: 'chat ending without feedback',
		file: '05-chat-ket-thuc-thieu-phan-hoi.md',
		line: 47,
		phrase: 'kết thúc ở đoạn "tu-choi" thiếu phản hồi'
	},
	{
		rule: 'unknown topic',
		file: '06-chu-de-khong-co.md',
		line: 9,
		phrase: '"ban-be-tren-mang": chủ đề không có trong danh sách (unknown topic)'
	},
	{
		rule: 'band not matching folder',
		file: '07-lua-tuoi-khong-khop.md',
		line: 4,
		phrase: 'band "11-14" không khớp thư mục "9-10"'
	},
	{
		rule: 'missing required field',
		file: '08-thieu-tom-tat.md',
		line: 1,
		phrase: 'thiếu trường "summary" (missing field)'
	},
	{
		rule: 'unclosed block',
		file: '09-khoi-chua-dong.md',
		line: 58,
		phrase: 'khối "::: redflag" chưa đóng'
	},
	{
		rule: 'text outside a block',
		file: '10-van-ban-ngoai-khoi.md',
		line: 25,
		phrase: 'văn bản nằm ngoài khối'
	},
	{
		rule: 'raw HTML',
		file: '11-ma-html.md',
		line: 23,
		phrase: 'không được dùng HTML'
	},
	{
		rule: 'javascript: link',
		file: '12-lien-ket-javascript.md',
		line: 96,
		phrase: 'liên kết không an toàn'
	},
	{
		rule: 'image that does not exist',
		file: '13-hinh-khong-ton-tai.md',
		line: 24,
		phrase: 'không tìm thấy hình "/illustrations/khong-co-hinh-nay.svg"'
	},
	{
		rule: 'image without alt text',
		file: '14-hinh-thieu-mo-ta.md',
		line: 24,
		phrase: 'hình thiếu lời mô tả'
	},
	{
		rule: 'sort card with unknown bin',
		file: '15-the-sai-hop.md',
		line: 71,
		phrase: 'hộp "Không được chia sẻ" không có trong dòng "hộp:" (unknown bin)'
	},
	{
		rule: 'settings without a safe option',
		file: '16-cai-dat-khong-an-toan.md',
		line: 77,
		phrase: 'chưa có lựa chọn an toàn'
	},
	{
		rule: 'redflag item without explanation',
		file: '17-dau-hieu-thieu-giai-thich.md',
		line: 62,
		phrase: 'thiếu lời giải thích (item has no explanation)'
	},
	{
		rule: 'unknown block type',
		file: '18-khoi-khong-ton-tai.md',
		line: 98,
		phrase: 'loại khối "quiz" không tồn tại'
	},
	{
		rule: 'YAML syntax error',
		file: '19-loi-yaml.md',
		line: 3,
		phrase: 'lỗi YAML'
	},
	{
		rule: 'unknown frontmatter field',
		file: '22-truong-khong-ho-tro.md',
		line: 12,
		phrase: 'trường "tacGia" không được hỗ trợ (unknown field)'
	},
	{
		rule: 'bad file name',
		file: 'nguoi-ban-moi.md',
		line: 1,
		phrase: 'tên tệp phải có dạng'
	}
];

describe('parseLesson: one broken fixture per rule', () => {
	it.each(RULES)('$rule ($file:$line)', ({ file, line, phrase }) => {
		const { lesson, errors } = parseFixture(B + file);
		expect(lesson).toBeNull();
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ path: `content/9-10/${file}`, line });
		expect(errors[0].message).toContain(phrase);
	});

	it('reports every mistake of a file at once', () => {
		const { lesson, errors } = parseFixture(B + '21-nhieu-loi.md');
		expect(lesson).toBeNull();
		expect(errors.map((e) => [e.line, e.message.match(/\(([^()]+)\)$/)?.[1]])).toEqual([
			[9, 'unknown topic'],
			[27, 'option has no feedback'],
			[38, 'branch target does not exist'],
			[42, 'unreachable node'],
			[52, 'unreachable node'],
			[70, 'unknown bin'],
			[97, 'unknown block']
		]);
		for (const e of errors) expect(e.path).toBe('content/9-10/21-nhieu-loi.md');
	});
});

describe('parseLesson: smaller rules', () => {
	it('reports every missing field of an empty frontmatter, never drops the file silently', () => {
		const source = lessonSource('::: step A\nXin chào.\n:::').replace(/^---\n[\s\S]*?\n---\n/, '---\n---\n');
		const { lesson, errors } = parseLesson(source, { path: 'content/6-8/01-x.md', base: '' });
		expect(lesson).toBeNull();
		expect(errors.map((e) => e.message)).toEqual(
			['id', 'title', 'band', 'summary', 'objectives', 'topics', 'platforms', 'duration', 'keyMessages'].map(
				(k) => `thiếu trường "${k}" (missing field)`
			)
		);
	});

	it('points a YAML error at its own line', () => {
		const source = lessonSource('::: step A\nXin chào.\n:::').replace(
			'duration: 5',
			'duration: 5\nduration: 6'
		);
		const { errors } = parseLesson(source, { path: 'content/6-8/01-x.md', base: '' });
		expect(errors).toHaveLength(1);
		expect(errors[0].line).toBe(11);
		expect(errors[0].message).toContain('lỗi YAML');
	});

	it('requires a step, an activity and a facilitator plan', () => {
		const source = `---
id: b68-rong
title: Bài rỗng
band: 6-8
summary: Chưa có gì.
objectives: [Chưa có.]
topics: [kindness]
platforms: []
duration: 5
keyMessages: [Một., Hai.]
---
`;
		const { errors } = parseLesson(source, { path: 'content/6-8/01-rong.md', base: '' });
		expect(errors.map((e) => [e.line, e.message.match(/\(([^()]+)\)$/)?.[1]])).toEqual([
			// Reported at the closing "---", where the body should start.
			[11, 'no steps'],
			[11, 'no activities'],
			[11, 'no facilitator plan']
		]);
	});

	it('refuses a chat whose node has no safe reply, and a dead end', () => {
		const body = `::: step A
Xin chào.
:::

::: chat zalo Chị Hoa
Đọc tin nhắn.

# dau
Hoa: Em cho chị mật khẩu nhé?
- [ ] Dạ vâng. -> cuoi
- [ ] Em gửi ngay ạ. -> ngo-cut

# ngo-cut
Hoa: Cảm ơn em.

# cuoi
= chưa an toàn
> Em không có lỗi. Kể với người lớn nhé.
:::`;
		const { errors } = parseLesson(lessonSource(body), { path: 'content/6-8/01-x.md', base: '' });
		expect(errors.map((e) => [e.line, e.message.match(/\(([^()]+)\)$/)?.[1]])).toEqual([
			[23, 'no safe reply'],
			[28, 'dead end']
		]);
	});

	it('refuses an unknown platform', () => {
		const body = `::: step A
Xin chào.
:::

::: settings myspace
Cài đặt.
- Ai xem được ảnh?
  - [ ] Mọi người
  - [x] Bạn bè
  > Chọn bạn bè.
:::`;
		const { errors } = parseLesson(lessonSource(body), { path: 'content/6-8/01-x.md', base: '' });
		expect(errors).toEqual([
			expect.objectContaining({ line: 20, message: expect.stringContaining('(unknown platform)') })
		]);
	});
});

describe('XSS safety', () => {
	it('renders HTML inside backticks escaped, never as a tag', () => {
		const body = '::: step Mã lạ\nNếu thấy `<img src=x onerror=alert(1)>` trong tin nhắn, đừng bấm vào.\n:::';
		const { lesson, errors } = parseLesson(lessonSource(body), {
			path: 'content/6-8/01-x.md',
			base: ''
		});
		expect(errors).toEqual([]);
		const [step] = steps(lesson!);
		expect(step.body.html).toContain('<code>&lt;img src=x onerror=alert(1)&gt;</code>');
		expect(step.body.html).not.toContain('<img');
	});

	it('refuses raw HTML outside backticks, in any block', () => {
		for (const snippet of [
			'<img src=x onerror=alert(1)>',
			'<a href="https://vi.wikipedia.org">xem</a>',
			'<!-- ghi chú -->'
		]) {
			const body = `::: step A\nXin chào ${snippet}\n:::`;
			const { lesson, errors } = parseLesson(lessonSource(body), {
				path: 'content/6-8/01-x.md',
				base: ''
			});
			expect(lesson).toBeNull();
			expect(errors).toEqual([
				expect.objectContaining({ line: 17, message: expect.stringContaining('(raw HTML') })
			]);
		}
	});

	it('refuses javascript:, data: and vbscript: links, whatever the case', () => {
		for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x']) {
			const body = `::: step A\nBấm [vào đây](${href}).\n:::`;
			const { errors } = parseLesson(lessonSource(body), { path: 'content/6-8/01-x.md', base: '' });
			expect(errors.map((e) => e.line)).toContain(17);
			expect(errors.some((e) => e.message.includes('(unsafe link)'))).toBe(true);
		}
	});

	it('refuses javascript: however the link is written: reference, autolink, entities', () => {
		for (const line of [
			'Bấm [vào đây][1].\n\n[1]: javascript:alert(1)',
			'Bấm <javascript:alert(1)>.',
			'Bấm [vào đây](&#106;avascript:alert(1)).',
			'Bấm [vào đây](java&#x73;cript&colon;alert(1)).',
			'Bấm [vào đây](<javascript:alert(1)>).'
		]) {
			const body = `::: step A\n${line}\n:::`;
			const { lesson, errors } = parseLesson(lessonSource(body), {
				path: 'content/6-8/01-x.md',
				base: ''
			});
			expect(lesson, line).toBeNull();
			expect(
				errors.some((e) => e.message.includes('(unsafe link)')),
				line
			).toBe(true);
		}
		// Text about links in code stays allowed, and so do safe links.
		const ok = '::: step A\nGõ `javascript:` là nguy hiểm. Gọi [111](tel:111).\n:::';
		const { errors } = parseLesson(lessonSource(ok), { path: 'content/6-8/01-x.md', base: '' });
		expect(errors.filter((e) => e.message.includes('(unsafe link)'))).toEqual([]);
	});

	it('keeps chat text plain: markup in a message is text, not html', () => {
		const body = `::: step A
Xin chào.
:::

::: chat messenger Bạn lạ
Đọc tin nhắn.

# dau
Lạ: Bấm vào \`<script>alert(1)</script>\` nhé
= chưa an toàn
> Đừng bấm vào đường link lạ.
:::`;
		const { lesson, errors } = parseLesson(lessonSource(body), {
			path: 'content/6-8/01-x.md',
			base: ''
		});
		expect(errors).toEqual([]);
		const chat = activity(lesson!, 'chat');
		expect(chat.nodes.dau.messages[0]).toEqual({
			from: 'Lạ',
			mine: false,
			text: 'Bấm vào <script>alert(1)</script> nhé'
		});
	});
});

describe('parseGuide', () => {
	const words = Array.from({ length: 60 }, (_, i) => `chữ${i}`).join(' ');
	const guide = `---
id: ph-thu
title: Tài liệu thử
audience: parents
summary: Một tài liệu ngắn.
---

## Nói chuyện với con

${words}

## Đặt giới hạn

Hãy cùng con đặt giờ dùng điện thoại.
`;

	it('compiles the body, a table of contents and a reading time', () => {
		const { guide: g, errors } = parseGuide(guide, {
			path: 'content/guides/parents/01-thu.md',
			base: ''
		});
		expect(errors).toEqual([]);
		expect(g).toMatchObject({
			id: 'ph-thu',
			slug: 'thu',
			order: 1,
			audience: 'parents',
			readingTime: 1
		});
		expect(g!.toc).toEqual([
			{ id: 'noi-chuyen-voi-con', title: 'Nói chuyện với con' },
			{ id: 'dat-gioi-han', title: 'Đặt giới hạn' }
		]);
	});

	it('refuses lesson blocks, a wrong folder and a short body', () => {
		const { errors } = parseGuide(
			guide.replace('## Đặt giới hạn', '::: step Đặt giới hạn').replace(words, 'Ngắn.'),
			{ path: 'content/guides/teachers/01-thu.md', base: '' }
		);
		expect(errors.map((e) => [e.line, e.message.match(/\(([^()]+)\)$/)?.[1]])).toEqual([
			[4, 'audience does not match folder'],
			[12, 'blocks are for lessons'],
			[6, 'guide body is too short']
		]);
	});
});
