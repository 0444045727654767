// A small lesson shaped like the compiler's output, for the group-mode tests.
import type { Activity, Rich, Screen } from '$lib/content/types';
import type { GroupLesson } from './group';

export function rich(text: string): Rich {
	return { html: `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`, text };
}

const step = (title: string): Screen => ({ kind: 'step', title, body: rich(title) });
const act = (activity: Activity): Screen => ({ kind: 'activity', activity });

export const choice: Activity = {
	id: 'a1',
	type: 'choice',
	line: 1,
	prompt: rich('Số nào giúp trẻ em?'),
	multiple: false,
	options: [
		{ id: 'o1', label: rich('111'), correct: true, feedback: rich('Đúng rồi!') },
		{ id: 'o2', label: rich('115'), correct: false, feedback: rich('Chưa đúng.') }
	]
};

export const sort: Activity = {
	id: 'a2',
	type: 'sort',
	line: 2,
	prompt: rich('Xếp thẻ'),
	bins: ['Chia sẻ được', 'Không chia sẻ'],
	cards: [
		{ id: 'c1', text: 'Món ăn em thích', bin: 'Chia sẻ được', why: rich('Không ai tìm ra em.') },
		{ id: 'c2', text: 'Địa chỉ nhà', bin: 'Không chia sẻ', why: rich('Người lạ tìm đến em.') }
	]
};

export const redflag: Activity = {
	id: 'a3',
	type: 'redflag',
	line: 3,
	platform: 'zalo',
	prompt: rich('Tin nào đáng lo?'),
	items: [
		{
			id: 'r1',
			from: 'Khoa',
			mine: false,
			text: 'Chào Lan',
			flag: false,
			why: rich('Bình thường.')
		},
		{ id: 'r2', from: 'Khoa', mine: false, text: 'Bí mật nhé', flag: true, why: rich('Đáng lo.') }
	]
};

export const settings: Activity = {
	id: 'a4',
	type: 'settings',
	line: 4,
	platform: 'facebook',
	prompt: rich('Cài đặt'),
	settings: [
		{
			id: 's1',
			label: 'Ai xem bài viết?',
			why: rich('Chọn Bạn bè.'),
			options: [
				{ id: 'p1', label: 'Công khai', safe: false },
				{ id: 'p2', label: 'Bạn bè', safe: true }
			]
		}
	]
};

export const chat: Activity = {
	id: 'a5',
	type: 'chat',
	line: 5,
	platform: 'games',
	contact: 'Sóc Nâu',
	prompt: rich('Giúp Bình trả lời'),
	start: 'bat-dau',
	nodes: {
		'bat-dau': {
			id: 'bat-dau',
			messages: [{ from: 'Sóc Nâu', mine: false, text: 'Cậu tên thật là gì?' }],
			replies: [
				{ id: 'x1', text: 'Tớ chỉ dùng tên trong trò chơi.', safe: true, next: 'giu-ten' },
				{
					id: 'x2',
					text: 'Tớ tên là Bình.',
					safe: false,
					next: 'noi-ten',
					feedback: rich('Tên thật là thông tin riêng.')
				}
			]
		},
		'giu-ten': {
			id: 'giu-ten',
			messages: [{ from: 'Sóc Nâu', mine: false, text: 'Ừ, thôi chơi tiếp nhé.' }],
			replies: [],
			end: { safe: true, feedback: rich('An toàn.') }
		},
		'noi-ten': {
			id: 'noi-ten',
			messages: [{ from: 'Sóc Nâu', mine: false, text: 'Nhà cậu ở đâu?' }],
			replies: [],
			goto: 'hoi'
		},
		hoi: {
			id: 'hoi',
			messages: [{ from: 'Sóc Nâu', mine: false, text: 'Đừng nói với bố mẹ nha.' }],
			replies: [
				{ id: 'y1', text: 'Tớ kể với mẹ.', safe: true, next: 'giu-ten' },
				{ id: 'y2', text: 'Ừ.', safe: false, next: 'ket-xau' }
			]
		},
		'ket-xau': {
			id: 'ket-xau',
			messages: [],
			replies: [],
			end: { safe: false, feedback: rich('Em không có lỗi. Gọi 111.') }
		}
	}
};

export function lesson(screens: Screen[], discuss: string[] = []): GroupLesson {
	return {
		id: 'test',
		slug: 'test',
		band: '6-8',
		lang: 'vi',
		order: 1,
		title: 'Bài thử',
		summary: 'Tóm tắt',
		objectives: ['Mục tiêu'],
		topics: [],
		platforms: [],
		duration: 10,
		version: 1,
		keyMessages: ['Em không có lỗi.'],
		activityCounts: {},
		stepCount: screens.filter((s) => s.kind === 'step').length,
		path: 'content/6-8/01-test.md',
		screens,
		discuss
	};
}

/** Two steps, the five activity types and three discussion questions. */
export const full = lesson(
	[step('Bước 1'), act(choice), act(sort), step('Bước 2'), act(redflag), act(settings), act(chat)],
	['Câu hỏi 1', 'Câu hỏi 2', 'Câu hỏi 3']
);
