// The chat story as a small state machine, apart from the markup: which messages are on
// screen, which are still "being typed", where the child is in the story, what they chose.
import type { ChatActivity, ChatMessage, ChatNode, ChatReply } from '$lib/content/types';

/** One bubble on screen. The notes on the child's replies are shown by the player's answer
 *  sheet, not in the log: the chat reads like a messenger. */
export interface LogEntry {
	key: number;
	from: string;
	mine: boolean;
	text: string;
}

type NewEntry = Omit<LogEntry, 'key'>;

export interface Answer {
	node: ChatNode;
	reply: ChatReply;
}

/**
 * Stops a chain of goto nodes that loops from hanging the tab. The compiler refuses such a
 * loop (content/activities/chat.ts, "goto loop"); this is for data that skipped it.
 */
const MAX_HOPS = 200;

export class ChatStory {
	log = $state<LogEntry[]>([]);
	/** Messages of the current node not shown yet. */
	queue = $state<ChatMessage[]>([]);
	nodeId = $state('');
	/** Bumped on every node entered, so the reply buttons remount (and take focus) each time. */
	step = $state(0);
	ending = $state<ChatNode | null>(null);
	answers = $state<Answer[]>([]);
	/** Fraction of safe replies in the first full play-through; replays do not change it. */
	firstScore = $state<number | null>(null);
	/** Where the story goes once the child has read the note on their reply (see reply()). */
	held = $state<string | null>(null);

	#key = 0;
	#hops = 0;
	/** After "show all", the rest of the way to the next choice appears at once too. */
	#fast = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#activity: () => ChatActivity;
	#delay: () => number;

	constructor(activity: () => ChatActivity, delay: () => number) {
		this.#activity = activity;
		this.#delay = delay;
	}

	get node(): ChatNode | undefined {
		return this.#activity().nodes[this.nodeId];
	}

	/** Replies to offer now: only once every message of the node is on screen. */
	get replies(): ChatReply[] {
		if (this.queue.length > 0 || this.ending || this.held !== null) return [];
		return this.node?.replies ?? [];
	}

	get pending(): boolean {
		return this.queue.length > 0;
	}

	get missed(): Answer[] {
		return this.answers.filter((a) => !a.reply.safe);
	}

	start = () => {
		this.dispose();
		this.log = [];
		this.answers = [];
		this.ending = null;
		this.held = null;
		this.#hops = 0;
		this.#fast = false;
		this.#enter(this.#activity().start);
	};

	/**
	 * The child's reply goes on screen. With `hold`, the story waits there (the player shows
	 * the reply's note first) until resume(); otherwise the contact answers straight away.
	 */
	reply = (reply: ChatReply, hold = false) => {
		const node = this.node;
		if (!node || !this.replies.includes(reply)) return;
		this.answers.push({ node, reply });
		this.#push({ from: '', mine: true, text: reply.text });
		this.#hops = 0;
		this.#fast = false;
		if (hold) this.held = reply.next;
		else this.#enter(reply.next);
	};

	/** Go on after a held reply. */
	resume = () => {
		const next = this.held;
		if (next === null) return;
		this.held = null;
		this.#enter(next);
	};

	/** Skip the typing delay and show what is left of the current node. */
	showAll = () => {
		this.#fast = true;
		clearTimeout(this.#timer);
		while (this.queue.length) this.#reveal();
		this.#settle();
	};

	dispose = () => {
		clearTimeout(this.#timer);
		this.#timer = undefined;
	};

	#push(entry: NewEntry) {
		this.log.push({ ...entry, key: this.#key++ });
	}

	#reveal() {
		const m = this.queue.shift();
		if (m) this.#push({ from: m.from, mine: m.mine, text: m.text });
	}

	#enter(id: string) {
		const node = this.#activity().nodes[id];
		if (!node || this.#hops++ > MAX_HOPS) return;
		this.nodeId = id;
		this.step++;
		this.queue = [...node.messages];
		this.#pump();
	}

	#pump() {
		if (this.queue.length === 0) return this.#settle();
		const delay = this.#fast ? 0 : this.#delay();
		if (delay <= 0) {
			while (this.queue.length) this.#reveal();
			return this.#settle();
		}
		this.#timer = setTimeout(() => {
			this.#reveal();
			this.#pump();
		}, delay);
	}

	#settle() {
		const node = this.node;
		if (!node) return;
		if (node.end) {
			this.ending = node;
			if (this.firstScore === null) {
				const safe = this.answers.filter((a) => a.reply.safe).length;
				this.firstScore =
					this.answers.length > 0 ? safe / this.answers.length : node.end.safe ? 1 : 0;
			}
		} else if (node.replies.length === 0 && node.goto) {
			this.#enter(node.goto);
		}
	}
}
