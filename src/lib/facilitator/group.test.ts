// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadContent } from '$lib/content/load';
import {
	MAX_HANDS,
	addHands,
	back,
	buildDeck,
	chatDepth,
	chatHistory,
	chatStop,
	choose,
	currentChat,
	currentPoll,
	goTo,
	handsFor,
	initialState,
	isRevealed,
	leadingOption,
	next,
	reveal,
	spreadDiscuss,
	totalHands,
	type Deck
} from './group';
import { chat, choice, full, lesson, sort } from './fixtures';

const kinds = (deck: Deck) =>
	deck.slides.map((s) =>
		s.kind === 'poll' ? `poll:${s.poll.key}` : s.kind === 'chat' ? `chat:${s.activity.id}` : s.kind
	);

describe('buildDeck', () => {
	const deck = buildDeck(full);

	it('opens with the intro, keeps the screens in order and ends on the final slide', () => {
		expect(kinds(deck)).toEqual([
			'intro',
			'step',
			'poll:a1',
			'poll:a2:c1',
			'poll:a2:c2',
			'discuss',
			'step',
			'poll:a3:r1',
			'poll:a3:r2',
			'poll:a4:s1',
			'discuss',
			'chat:a5',
			'discuss',
			'end'
		]);
	});

	it('puts the discussion questions between activities, the last after the last activity', () => {
		const discuss = deck.slides.filter((s) => s.kind === 'discuss');
		expect(discuss.map((s) => (s.kind === 'discuss' ? s.questions : []))).toEqual([
			['Câu hỏi 1'],
			['Câu hỏi 2'],
			['Câu hỏi 3']
		]);
	});

	it('turns each activity type into show-of-hands questions', () => {
		const polls = deck.slides.flatMap((s) => (s.kind === 'poll' ? [s] : []));
		const c = polls.find((p) => p.poll.key === 'a1')!;
		expect(c.poll.options.map((o) => [o.label, o.right])).toEqual([
			['111', true],
			['115', false]
		]);
		expect(c.poll.options[0].feedback?.text).toBe('Đúng rồi!');

		const card = polls.find((p) => p.poll.key === 'a2:c2')!;
		expect(card.poll.subject?.text).toBe('Địa chỉ nhà');
		expect(card.poll.options.map((o) => [o.label, o.right])).toEqual([
			['Chia sẻ được', false],
			['Không chia sẻ', true]
		]);
		expect([card.item, card.items]).toEqual([2, 2]);

		const flag = polls.find((p) => p.poll.key === 'a3:r2')!;
		expect(flag.poll.options.map((o) => [o.labelKey, o.right])).toEqual([
			['facilitator:group.worrying', true],
			['facilitator:group.fine', false]
		]);
		expect(flag.poll.subject).toEqual({ text: 'Bí mật nhé', from: 'Khoa', mine: false });

		const setting = polls.find((p) => p.poll.key === 'a4:s1')!;
		expect(setting.poll.subject?.text).toBe('Ai xem bài viết?');
		expect(setting.poll.options.map((o) => o.right)).toEqual([false, true]);
		expect(setting.poll.explain?.text).toBe('Chọn Bạn bè.');
	});

	it('spreads questions evenly whatever the numbers', () => {
		expect(spreadDiscuss(['a', 'b', 'c'], 3)).toEqual([['a'], ['b'], ['c']]);
		expect(spreadDiscuss(['a', 'b', 'c', 'd', 'e'], 3)).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
		expect(spreadDiscuss(['a'], 4)).toEqual([[], [], [], ['a']]);
		expect(spreadDiscuss([], 2)).toEqual([[], []]);
		expect(spreadDiscuss(['a', 'b'], 0)).toEqual([['a', 'b']]);
	});

	it('handles a lesson with steps only (questions before the end) and an empty one', () => {
		const steps = buildDeck(
			lesson([{ kind: 'step', title: 'A', body: { html: '', text: '' } }], ['Q'])
		);
		expect(kinds(steps)).toEqual(['intro', 'step', 'discuss', 'end']);
		expect(kinds(buildDeck(lesson([])))).toEqual(['intro', 'end']);
	});

	it('builds a playable deck for every lesson in content/', () => {
		const set = loadContent({ root: process.cwd() });
		expect(set.errors).toEqual([]);
		for (const l of set.lessons) {
			const deck = buildDeck(l);
			const activities = l.screens.filter((s) => s.kind === 'activity').length;
			const discussed = deck.slides
				.flatMap((s) => (s.kind === 'discuss' ? s.questions : []))
				.sort();
			expect(discussed, l.path).toEqual([...l.discuss].sort());
			expect(deck.slides.at(-1)?.kind).toBe('end');
			expect(deck.slides.filter((s) => s.kind === 'chat').length).toBe(l.activityCounts.chat ?? 0);
			expect(activities).toBeGreaterThan(0);
			// Pressing "next" only ever walks the whole lesson to the end.
			let s = initialState();
			for (let i = 0; i < 500 && s.index < deck.slides.length - 1; i++) s = next(deck, s);
			expect(s.index, l.path).toBe(deck.slides.length - 1);
			for (const slide of deck.slides)
				if (slide.kind === 'chat') {
					for (const id of Object.keys(slide.activity.nodes))
						expect(chatStop(slide.activity, id), `${l.path} ${id}`).not.toBeNull();
				}
		}
	});
});

describe('next and back', () => {
	const deck = buildDeck(full);

	it('never goes before the first or past the last slide', () => {
		let s = initialState();
		expect(back(deck, s)).toBe(s);
		s = goTo(deck, s, 999);
		expect(s.index).toBe(deck.slides.length - 1);
		expect(next(deck, s)).toBe(s);
		expect(goTo(deck, s, -5).index).toBe(0);
	});

	it('moves one slide at a time on steps and discussion slides', () => {
		let s = next(deck, initialState());
		expect(s.index).toBe(1);
		s = next(deck, s);
		expect(deck.slides[s.index].kind).toBe('poll');
		s = back(deck, s);
		expect(s.index).toBe(1);
	});

	it('reveals a hidden answer on the first "next", moves on with the second', () => {
		let s = goTo(deck, initialState(), 2);
		expect(isRevealed(s, 'a1')).toBe(false);
		s = next(deck, s);
		expect(s.index).toBe(2);
		expect(isRevealed(s, 'a1')).toBe(true);
		s = next(deck, s);
		expect(s.index).toBe(3);
	});
});

describe('hand counts', () => {
	const deck = buildDeck(full);

	it('counts up and down and never below zero', () => {
		let s = initialState();
		s = addHands(s, 'a1', 'o1', 1);
		s = addHands(s, 'a1', 'o1', 1);
		s = addHands(s, 'a1', 'o2', 1);
		expect(handsFor(s, 'a1', 'o1')).toBe(2);
		s = addHands(s, 'a1', 'o2', -1);
		const same = addHands(s, 'a1', 'o2', -1);
		expect(same).toBe(s);
		expect(handsFor(same, 'a1', 'o2')).toBe(0);
		expect(handsFor(addHands(s, 'a1', 'o1', -50), 'a1', 'o1')).toBe(0);
		expect(handsFor(addHands(s, 'a1', 'o1', 5000), 'a1', 'o1')).toBe(MAX_HANDS);
		const poll = currentPoll(deck, goTo(deck, s, 2))!;
		expect(totalHands(s, poll)).toBe(2);
	});

	it('keeps counts per question and never changes the state it was given', () => {
		const s0 = initialState();
		const s1 = addHands(s0, 'a2:c1', 'bin0', 3);
		expect(s0.counts).toEqual({});
		expect(handsFor(s1, 'a2:c2', 'bin0')).toBe(0);
		// Going away and back keeps them.
		const s2 = back(deck, next(deck, goTo(deck, s1, 3)));
		expect(handsFor(s2, 'a2:c1', 'bin0')).toBe(3);
	});

	it('holds only numbers: no names, nothing but counts and reveals', () => {
		let s = addHands(initialState(), 'a1', 'o1', 4);
		s = reveal(deck, goTo(deck, s, 2));
		expect(JSON.parse(JSON.stringify(s))).toEqual({
			index: 2,
			counts: { 'a1|o1': 4 },
			revealed: { a1: true },
			chatPaths: {},
			picked: {}
		});
	});
});

describe('reveal', () => {
	const deck = buildDeck(full);

	it('marks the question on screen only', () => {
		const s = reveal(deck, goTo(deck, initialState(), 3));
		expect(isRevealed(s, 'a2:c1')).toBe(true);
		expect(isRevealed(s, 'a2:c2')).toBe(false);
	});

	it('does nothing on slides without a question, or twice', () => {
		const s = initialState();
		expect(reveal(deck, s)).toBe(s);
		const r = reveal(deck, goTo(deck, s, 2));
		expect(reveal(deck, r)).toBe(r);
	});
});

describe('chat', () => {
	const deck = buildDeck(lesson([{ kind: 'activity', activity: chat }]));
	const start = goTo(deck, initialState(), 1);

	it('asks the class at the first stop', () => {
		const poll = currentPoll(deck, start)!;
		expect(poll.key).toBe('a5:bat-dau');
		expect(poll.options.map((o) => [o.label, o.right])).toEqual([
			['Tớ chỉ dùng tên trong trò chơi.', true],
			['Tớ tên là Bình.', false]
		]);
		expect(currentChat(deck, start)?.messages.map((m) => m.text)).toEqual(['Cậu tên thật là gì?']);
		expect(chatDepth(deck, start)).toBe(0);
	});

	it('follows the reply with most hands, through goto nodes', () => {
		let s = addHands(start, 'a5:bat-dau', 'x1', 3);
		s = addHands(s, 'a5:bat-dau', 'x2', 7);
		s = next(deck, s); // reveal
		expect(isRevealed(s, 'a5:bat-dau')).toBe(true);
		expect(leadingOption(s, currentPoll(deck, s)!)?.id).toBe('x2');
		s = next(deck, s); // follow x2 -> noi-ten -> hoi
		expect(s.index).toBe(1);
		const stop = currentChat(deck, s)!;
		expect(stop.node.id).toBe('hoi');
		expect(stop.messages.map((m) => m.text)).toEqual(['Nhà cậu ở đâu?', 'Đừng nói với bố mẹ nha.']);
		expect(chatDepth(deck, s)).toBe(1);
		expect(chatHistory(deck, s).map((h) => h.reply?.id)).toEqual(['x2']);
	});

	it('takes the first listed reply on a tie or with no hands', () => {
		let s = next(deck, start);
		expect(leadingOption(s, currentPoll(deck, s)!)?.id).toBe('x1');
		s = addHands(s, 'a5:bat-dau', 'x1', 2);
		s = addHands(s, 'a5:bat-dau', 'x2', 2);
		expect(leadingOption(s, currentPoll(deck, s)!)?.id).toBe('x1');
	});

	it('follows the reply the facilitator picks, whatever the hands', () => {
		let s = addHands(start, 'a5:bat-dau', 'x1', 9);
		s = choose(deck, s, 'x2');
		expect(isRevealed(s, 'a5:bat-dau')).toBe(true);
		expect(currentChat(deck, s)?.node.id).toBe('hoi');
		// The pick is remembered: back and "next" again take the same branch.
		s = back(deck, s);
		expect(currentChat(deck, s)?.node.id).toBe('bat-dau');
		expect(handsFor(s, 'a5:bat-dau', 'x1')).toBe(9);
		s = next(deck, s);
		expect(currentChat(deck, s)?.node.id).toBe('hoi');
		expect(choose(deck, s, 'nope')).toBe(s);
	});

	it('reaches an ending, then moves on to the next slide', () => {
		let s = choose(deck, start, 'x2');
		s = choose(deck, s, 'y2');
		const end = currentChat(deck, s)!;
		expect(end.node.end).toEqual({ safe: false, feedback: expect.anything() });
		expect(currentPoll(deck, s)).toBeNull();
		expect(chatHistory(deck, s).map((h) => h.reply?.id)).toEqual(['x2', 'y2']);
		s = next(deck, s);
		expect(deck.slides[s.index].kind).toBe('end');
		// Back returns to the ending, then one choice at a time.
		s = back(deck, s);
		expect(currentChat(deck, s)?.node.id).toBe('ket-xau');
		s = back(deck, back(deck, s));
		expect(currentChat(deck, s)?.node.id).toBe('bat-dau');
		expect(back(deck, s).index).toBe(0);
	});

	it('ignores choose() on slides that are not a chat stop', () => {
		const d = buildDeck(
			lesson([
				{ kind: 'activity', activity: choice },
				{ kind: 'activity', activity: sort }
			])
		);
		const s = goTo(d, initialState(), 1);
		expect(choose(d, s, 'o1')).toBe(s);
	});
});
