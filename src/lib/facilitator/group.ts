// Group mode as a small, pure state machine: a lesson becomes a list of slides for one
// projector; the class answers by show of hands, the facilitator counts hands per option,
// then reveals the explanations. Nothing here is stored: counts live only in the state
// object the page holds, and carry no name or any other data about a child.
import type {
	Activity,
	ChatActivity,
	ChatMessage,
	ChatNode,
	Lesson,
	Rich,
	Step
} from '$lib/content/types';

/** What group mode needs of a lesson: everything but the adults' notes. */
export type GroupLesson = Omit<Lesson, 'facilitator' | 'parents'>;

/** One answer the class can raise hands for. */
export interface PollOption {
	id: string;
	/** Plain text label (sort bins, settings, chat replies, redflag verdicts as keys). */
	label?: string;
	/** A translation key, for labels that belong to the UI (redflag "worrying"/"fine"). */
	labelKey?: string;
	/** Compiled markdown (choice options). */
	labelHtml?: string;
	/** Shown as right (or safe) when revealed. */
	right: boolean;
	/** Feedback for this option, shown when revealed (choice options, chat replies). */
	feedback?: Rich;
}

/** One show-of-hands question. */
export interface Poll {
	/** Unique in the deck: counts and reveal are kept under it. */
	key: string;
	type: Activity['type'];
	/** The thing voted on: a sort card, a message, a profile detail, a setting. */
	subject?: { text: string; from?: string; mine?: boolean };
	options: PollOption[];
	/** Explanation of the item as a whole (sort, redflag, settings), shown when revealed. */
	explain?: Rich;
	/** Choice with several right answers: hands may go up for more than one option. */
	multiple?: boolean;
}

export type Slide =
	| { kind: 'intro' }
	| { kind: 'step'; step: Step }
	| {
			kind: 'poll';
			activity: Activity;
			poll: Poll;
			/** Item n of total within its activity (1-based), for "card 2 of 6". */
			item: number;
			items: number;
	  }
	| { kind: 'chat'; activity: ChatActivity }
	| { kind: 'discuss'; questions: string[] }
	| { kind: 'end' };

export interface Deck {
	slides: Slide[];
}

export interface GroupState {
	index: number;
	/** Hands per option, under `${poll.key}|${option.id}`. */
	counts: Readonly<Record<string, number>>;
	/** Poll keys whose answers are shown. */
	revealed: Readonly<Record<string, true>>;
	/** For chat slides (by slide index): the stops visited, first to current. */
	chatPaths: Readonly<Record<number, readonly string[]>>;
	/** The reply the facilitator chose at a chat stop, by poll key (overrides hand counts). */
	picked: Readonly<Record<string, string>>;
}

/** A generous ceiling: no class raises this many hands; stops a held key running away. */
export const MAX_HANDS = 999;

// --- building the deck -------------------------------------------------------------------

function activityPolls(a: Exclude<Activity, ChatActivity>): Poll[] {
	switch (a.type) {
		case 'choice':
			return [
				{
					key: a.id,
					type: 'choice',
					multiple: a.multiple,
					options: a.options.map((o) => ({
						id: o.id,
						labelHtml: o.label.html,
						label: o.label.text,
						right: o.correct,
						feedback: o.feedback
					}))
				}
			];
		case 'sort':
			return a.cards.map((c) => ({
				key: `${a.id}:${c.id}`,
				type: 'sort',
				subject: { text: c.text },
				explain: c.why,
				options: a.bins.map((bin, i) => ({ id: `bin${i}`, label: bin, right: bin === c.bin }))
			}));
		case 'redflag':
			return a.items.map((it) => ({
				key: `${a.id}:${it.id}`,
				type: 'redflag',
				subject: { text: it.text, from: it.from || undefined, mine: it.mine },
				explain: it.why,
				options: [
					{ id: 'flag', labelKey: 'facilitator:group.worrying', right: it.flag },
					{ id: 'fine', labelKey: 'facilitator:group.fine', right: !it.flag }
				]
			}));
		case 'settings':
			return a.settings.map((s) => ({
				key: `${a.id}:${s.id}`,
				type: 'settings',
				subject: { text: s.label },
				explain: s.why,
				options: s.options.map((o) => ({ id: o.id, label: o.label, right: o.safe }))
			}));
	}
}

/**
 * Where the discussion questions go: after activity `gap` (0-based), spread evenly, the
 * last one after the last activity. With no activity at all they all go before the end.
 */
export function spreadDiscuss(questions: readonly string[], activities: number): string[][] {
	const gaps: string[][] = Array.from({ length: Math.max(1, activities) }, () => []);
	const q = questions.length;
	questions.forEach((text, j) => {
		const gap = activities === 0 ? 0 : Math.ceil(((j + 1) * activities) / q) - 1;
		gaps[Math.min(gaps.length - 1, Math.max(0, gap))].push(text);
	});
	return gaps;
}

export function buildDeck(lesson: Pick<GroupLesson, 'screens' | 'discuss'>): Deck {
	const activities = lesson.screens.filter((s) => s.kind === 'activity').length;
	const discuss = spreadDiscuss(lesson.discuss, activities);
	const slides: Slide[] = [{ kind: 'intro' }];
	let seen = 0;
	for (const screen of lesson.screens) {
		if (screen.kind === 'step') {
			slides.push({ kind: 'step', step: screen });
			continue;
		}
		const a = screen.activity;
		if (a.type === 'chat') slides.push({ kind: 'chat', activity: a });
		else {
			const polls = activityPolls(a);
			polls.forEach((poll, i) =>
				slides.push({ kind: 'poll', activity: a, poll, item: i + 1, items: polls.length })
			);
		}
		const questions = discuss[seen++];
		if (questions?.length) slides.push({ kind: 'discuss', questions });
	}
	if (activities === 0 && discuss[0].length)
		slides.push({ kind: 'discuss', questions: discuss[0] });
	slides.push({ kind: 'end' });
	return { slides };
}

export function initialState(): GroupState {
	return { index: 0, counts: {}, revealed: {}, chatPaths: {}, picked: {} };
}

// --- chat ----------------------------------------------------------------------------------

/**
 * Guards against a goto cycle in data that did not come through the compiler, which refuses
 * them (content/activities/chat.ts, "goto loop").
 */
const MAX_HOPS = 200;

export interface ChatStop {
	/** The node where the class has to choose, or the ending. */
	node: ChatNode;
	/** Every message on the way there (goto nodes included), in order. */
	messages: ChatMessage[];
}

/** From `id`, follow goto-only nodes to the next node with replies or an ending. */
export function chatStop(activity: ChatActivity, id: string): ChatStop | null {
	const messages: ChatMessage[] = [];
	let node = activity.nodes[id];
	for (let hops = 0; node && hops < MAX_HOPS; hops++) {
		messages.push(...node.messages);
		if (node.end || node.replies.length > 0 || !node.goto) return { node, messages };
		node = activity.nodes[node.goto];
	}
	return null;
}

function chatPath(deck: Deck, s: GroupState, index: number): readonly string[] {
	const slide = deck.slides[index];
	if (slide?.kind !== 'chat') return [];
	return s.chatPaths[index] ?? [slide.activity.start];
}

/** The chat stop on screen for the current slide, or null when it is not a chat. */
export function currentChat(deck: Deck, s: GroupState): ChatStop | null {
	const slide = deck.slides[s.index];
	if (slide?.kind !== 'chat') return null;
	const path = chatPath(deck, s, s.index);
	return chatStop(slide.activity, path[path.length - 1]);
}

/** How many choices the class has made in the current chat (0 at the first stop). */
export function chatDepth(deck: Deck, s: GroupState): number {
	return Math.max(0, chatPath(deck, s, s.index).length - 1);
}

/** The reply the class chose at each earlier stop of the current chat, in order. */
export function chatHistory(deck: Deck, s: GroupState) {
	const slide = deck.slides[s.index];
	if (slide?.kind !== 'chat') return [];
	const path = chatPath(deck, s, s.index);
	return path.slice(0, -1).map((id, i) => {
		const stop = chatStop(slide.activity, id);
		const next = path[i + 1];
		const reply = stop?.node.replies.find((r) => r.next === next) ?? null;
		return { stop, reply };
	});
}

function chatPoll(activity: ChatActivity, stop: ChatStop): Poll | null {
	if (stop.node.end || stop.node.replies.length === 0) return null;
	return {
		key: `${activity.id}:${stop.node.id}`,
		type: 'chat',
		options: stop.node.replies.map((r) => ({
			id: r.id,
			label: r.text,
			right: r.safe,
			feedback: r.feedback
		}))
	};
}

// --- reading the state ---------------------------------------------------------------------

/** The show-of-hands question on screen, if any. */
export function currentPoll(deck: Deck, s: GroupState): Poll | null {
	const slide = deck.slides[s.index];
	if (slide?.kind === 'poll') return slide.poll;
	if (slide?.kind === 'chat') {
		const stop = currentChat(deck, s);
		return stop ? chatPoll(slide.activity, stop) : null;
	}
	return null;
}

export function countKey(pollKey: string, optionId: string): string {
	return `${pollKey}|${optionId}`;
}

export function handsFor(s: GroupState, pollKey: string, optionId: string): number {
	return s.counts[countKey(pollKey, optionId)] ?? 0;
}

export function totalHands(s: GroupState, poll: Poll): number {
	return poll.options.reduce((sum, o) => sum + handsFor(s, poll.key, o.id), 0);
}

export function isRevealed(s: GroupState, pollKey: string): boolean {
	return s.revealed[pollKey] === true;
}

/**
 * The option the class chose: the facilitator's pick, else the one with most hands. Ties
 * (and no hands at all) go to the option listed first among the tied ones.
 */
export function leadingOption(s: GroupState, poll: Poll): PollOption | null {
	const picked = s.picked[poll.key];
	const byPick = picked ? poll.options.find((o) => o.id === picked) : undefined;
	if (byPick) return byPick;
	let best: PollOption | null = null;
	let most = -1;
	for (const o of poll.options) {
		const n = handsFor(s, poll.key, o.id);
		if (n > most) [best, most] = [o, n];
	}
	return best;
}

export function atStart(s: GroupState): boolean {
	return s.index === 0;
}

export function atEnd(deck: Deck, s: GroupState): boolean {
	return s.index >= deck.slides.length - 1;
}

// --- changing the state (each returns a new state; the input is never changed) --------------

/** Add (delta > 0) or take away hands. Never below 0, never above MAX_HANDS. */
export function addHands(s: GroupState, pollKey: string, optionId: string, delta: number) {
	const key = countKey(pollKey, optionId);
	const now = s.counts[key] ?? 0;
	const next = Math.min(MAX_HANDS, Math.max(0, now + Math.trunc(delta)));
	if (next === now) return s;
	return { ...s, counts: { ...s.counts, [key]: next } };
}

/** Show the answers of the question on screen (nothing to reveal on other slides). */
export function reveal(deck: Deck, s: GroupState): GroupState {
	const poll = currentPoll(deck, s);
	if (!poll || isRevealed(s, poll.key)) return s;
	return { ...s, revealed: { ...s.revealed, [poll.key]: true } };
}

function follow(deck: Deck, s: GroupState, replyId: string): GroupState {
	const slide = deck.slides[s.index];
	const stop = currentChat(deck, s);
	if (slide?.kind !== 'chat' || !stop) return s;
	const reply = stop.node.replies.find((r) => r.id === replyId);
	if (!reply || !slide.activity.nodes[reply.next]) return s;
	const path = [...chatPath(deck, s, s.index), reply.next];
	return { ...s, chatPaths: { ...s.chatPaths, [s.index]: path } };
}

/**
 * The facilitator takes the story down this reply, whatever the hands say. Answers are
 * shown first if they were not yet.
 */
export function choose(deck: Deck, s: GroupState, replyId: string): GroupState {
	const poll = currentPoll(deck, s);
	if (!poll || poll.type !== 'chat' || !poll.options.some((o) => o.id === replyId)) return s;
	const revealed = reveal(deck, s);
	return follow(
		deck,
		{ ...revealed, picked: { ...revealed.picked, [poll.key]: replyId } },
		replyId
	);
}

/**
 * Forward, the way a presenter remote expects: on a question whose answers are hidden,
 * the first press reveals them; in a chat, a revealed stop follows the class's choice;
 * otherwise the next slide. At the last slide nothing happens.
 */
export function next(deck: Deck, s: GroupState): GroupState {
	const poll = currentPoll(deck, s);
	if (poll && !isRevealed(s, poll.key)) return reveal(deck, s);
	if (poll && poll.type === 'chat') {
		const chosen = leadingOption(s, poll);
		if (chosen) return follow(deck, s, chosen.id);
	}
	if (atEnd(deck, s)) return s;
	return { ...s, index: s.index + 1 };
}

/** Back: in a chat, one choice back (its counts are kept); otherwise the previous slide. */
export function back(deck: Deck, s: GroupState): GroupState {
	const path = chatPath(deck, s, s.index);
	if (path.length > 1) return { ...s, chatPaths: { ...s.chatPaths, [s.index]: path.slice(0, -1) } };
	if (atStart(s)) return s;
	return { ...s, index: s.index - 1 };
}

/** Jump to a slide (clamped), e.g. from a slide list. */
export function goTo(deck: Deck, s: GroupState, index: number): GroupState {
	const to = Math.min(deck.slides.length - 1, Math.max(0, Math.trunc(index)));
	return to === s.index ? s : { ...s, index: to };
}
