// One read-aloud queue for the whole app (immich's theme-manager style: a small rune
// singleton with one job). Whatever is being read is one list of utterances: a screen's
// text, then its feedback, then chat messages as they arrive. A new request replaces the
// list, so a new tap always stops the old reading; the element being read carries the class
// `reading-now` (the highlight), driven by the current index.
//
// What to read comes from the rendered screen: every element marked `data-read` inside the
// screen's `[data-read-root]`, in page order (the attribute's value when it has one, else
// the element's text). A club leader's recording of the screen, when there is one, is played
// instead of the synthetic voice (see setNarration).
import { speech } from '$lib/speech.svelte';

export interface Utterance {
	/** Text for the speech engine; ignored when `audio` is given. */
	text: string;
	el?: Element | null;
	audio?: { data: ArrayBuffer; mime: string };
}

export const HIGHLIGHT = 'reading-now';

/** A recorded screen: its bytes and container type. */
export interface Recorded {
	audio: ArrayBuffer;
	mime: string;
}
/** Replaced whole, never changed in place: a plain (read-only) Map is enough. */
const NONE: ReadonlyMap<string, Recorded> = new Map();

/** The utterances of a part of the page, from its `data-read` elements in page order. */
export function collect(root: Element | null | undefined): Utterance[] {
	if (!root) return [];
	const out: Utterance[] = [];
	// `data-read-blocks`: compiled lesson HTML, read a paragraph or list item at a time.
	const marked = root.querySelectorAll<HTMLElement>(
		'[data-read], [data-read-blocks] > :not(ul, ol), [data-read-blocks] > :is(ul, ol) > li'
	);
	for (const el of marked) {
		const text = (el.dataset.read || el.textContent || '').replace(/\s+/g, ' ').trim();
		if (text) out.push({ text, el });
	}
	return out;
}

export class ReadAloudQueue {
	items = $state.raw<Utterance[]>([]);
	/** Index of the utterance being read; -1 when nothing is. */
	index = $state(-1);
	playing = $derived(this.index >= 0);
	/** Set when reading starts on the screen: its feedback and new messages are read too. */
	engaged = $state(false);
	/** The learner's "Tự đọc to" (set by the lesson player): a new screen reads itself. */
	auto = $state(false);
	/** Screen key ("s3") of the screen on show, for its recorded narration. */
	screen = $state('');
	/** Recorded narration of the lesson on show, by screen key. */
	narration = $state.raw<ReadonlyMap<string, Recorded>>(NONE);

	/** Elements read (or queued) on this screen: append() does not read them twice. */
	#seen = new WeakSet<Element>();
	#loading: Promise<unknown> = Promise.resolve();
	#audio: HTMLAudioElement | null = null;
	#url = '';
	#lit: Element | null = null;
	#run = 0;

	/** The screen has a human recording: it plays even without a Vietnamese voice. */
	get recorded(): boolean {
		return this.narration.has(this.screen);
	}

	/** Read these now, from the first; whatever was being read stops. */
	play = (items: Utterance[]) => {
		this.stop();
		this.engaged = true;
		this.items = this.#usable(items);
		this.#go(0);
	};

	#usable(items: Utterance[]): Utterance[] {
		const out = items.filter((u) => u.audio || (speech.available && u.text));
		for (const u of out) if (u.el) this.#seen.add(u.el);
		return out;
	}

	/** Read these after what is being read (or now, if nothing is); an element queued or
	 *  read already on this screen is not read twice. */
	append = (items: Utterance[]) => {
		if (!this.engaged) return;
		const fresh = this.#usable(items.filter((u) => !u.el || !this.#seen.has(u.el)));
		if (!fresh.length) return;
		if (this.playing) this.items = [...this.items, ...fresh];
		else {
			const start = this.items.length;
			this.items = [...this.items, ...fresh];
			this.#go(start);
		}
	};

	/** The lesson's recordings, once read from the device: a screen read before then waits. */
	setNarration = (loading: Promise<ReadonlyMap<string, Recorded>>) => {
		this.#loading = loading.then((m) => (this.narration = m)).catch(() => undefined);
	};

	/** A screen: its recording if it has one, else its marked text. */
	readScreen = async (root: Element | null | undefined) => {
		await this.#loading;
		const rec = this.narration.get(this.screen);
		const text = collect(root);
		if (!rec) return this.play(text);
		// The recording says the screen's text: those elements count as read.
		this.play([{ text: '', el: root, audio: { data: rec.audio, mime: rec.mime } }]);
		for (const u of text) if (u.el) this.#seen.add(u.el);
	};

	stop = () => {
		this.#run++;
		speech.stop();
		this.#stopAudio();
		this.#light(null);
		this.index = -1;
	};

	/** Leaving a screen: nothing more is read for it. */
	reset = () => {
		this.stop();
		this.items = [];
		this.engaged = false;
		this.#seen = new WeakSet();
	};

	#go(i: number) {
		const run = ++this.#run;
		const item = this.items[i];
		if (!item) {
			this.index = -1;
			this.#light(null);
			return;
		}
		this.index = i;
		this.#light(item.el ?? null);
		const next = () => {
			if (run === this.#run) this.#go(i + 1);
		};
		if (item.audio) this.#playAudio(item.audio, next);
		else speech.speak(item.text, 'vi-VN', next);
	}

	#playAudio(a: { data: ArrayBuffer; mime: string }, next: () => void) {
		speech.stop();
		this.#stopAudio();
		this.#url = URL.createObjectURL(new Blob([a.data], { type: a.mime }));
		const audio = (this.#audio = new Audio(this.#url));
		audio.onended = audio.onerror = next;
		// A refused play (no sound device, an autoplay rule) goes on to what follows.
		audio.play().catch(next);
	}

	#stopAudio() {
		if (this.#audio) {
			this.#audio.onended = this.#audio.onerror = null;
			this.#audio.pause();
			this.#audio = null;
		}
		if (this.#url) URL.revokeObjectURL(this.#url);
		this.#url = '';
	}

	#light(el: Element | null) {
		this.#lit?.classList.remove(HIGHLIGHT);
		el?.classList.add(HIGHLIGHT);
		this.#lit = el;
	}
}

export const readAloud = new ReadAloudQueue();
