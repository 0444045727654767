import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { speech } from '$lib/speech.svelte';
import { HIGHLIGHT, ReadAloudQueue, collect } from './queue.svelte';

class FakeUtterance {
	lang = '';
	voice: unknown = null;
	rate = 1;
	onend: (() => void) | null = null;
	onerror: (() => void) | null = null;
	constructor(public text: string) {}
}

const synth = {
	spoken: [] as FakeUtterance[],
	getVoices: () => [{ lang: 'vi-VN', name: 'Linh', localService: true }],
	speak(u: FakeUtterance) {
		this.spoken.push(u);
	},
	cancel: vi.fn(),
	addEventListener: vi.fn()
};
/** Finish the utterance being read, as the engine would. */
const finish = () => synth.spoken.at(-1)?.onend?.();
const said = () => synth.spoken.map((u) => u.text);

class FakeAudio {
	static played: string[] = [];
	onended: (() => void) | null = null;
	onerror: (() => void) | null = null;
	constructor(public src: string) {}
	play() {
		FakeAudio.played.push(this.src);
		return Promise.resolve();
	}
	pause() {}
}

function screen(html: string): HTMLElement {
	const root = document.createElement('section');
	root.innerHTML = html;
	document.body.append(root);
	return root;
}

describe('the read-aloud queue', () => {
	let q: ReadAloudQueue;
	beforeEach(() => {
		Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
		vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
		vi.stubGlobal('Audio', FakeAudio);
		URL.createObjectURL = vi.fn(() => 'blob:narration');
		URL.revokeObjectURL = vi.fn();
		speech.detect();
		q = new ReadAloudQueue();
	});
	afterEach(() => {
		q.reset();
		synth.spoken = [];
		FakeAudio.played = [];
		document.body.innerHTML = '';
		delete (window as { speechSynthesis?: unknown }).speechSynthesis;
		vi.unstubAllGlobals();
		speech.detect();
	});

	it('collects marked text in page order: attribute, text, and lesson HTML a block at a time', () => {
		const root = screen(`
			<h1 data-read>Cơ thể của em</h1>
			<div data-read-blocks><p>Câu   một.</p><ul><li>Ý một</li><li>Ý hai</li></ul></div>
			<button data-read="Hộp An toàn">An toàn <span>0 thẻ</span></button>
			<p>Không đọc</p><span data-read>   </span>`);
		expect(collect(root).map((u) => u.text)).toEqual([
			'Cơ thể của em',
			'Câu một.',
			'Ý một',
			'Ý hai',
			'Hộp An toàn'
		]);
	});

	it('reads one after another, highlighting the one being read', () => {
		const root = screen('<p data-read>Một</p><p data-read>Hai</p>');
		const [one, two] = root.querySelectorAll('p');
		q.play(collect(root));
		expect(said()).toEqual(['Một']);
		expect(one).toHaveClass(HIGHLIGHT);
		finish();
		expect(said()).toEqual(['Một', 'Hai']);
		expect(one).not.toHaveClass(HIGHLIGHT);
		expect(two).toHaveClass(HIGHLIGHT);
		expect(q.index).toBe(1);
		finish();
		expect(q.playing).toBe(false);
		expect(two).not.toHaveClass(HIGHLIGHT);
	});

	it('a new request stops the old one: the old list does not go on', () => {
		q.play([{ text: 'Câu hỏi' }, { text: 'Đáp án A' }]);
		const old = synth.spoken[0];
		q.play([{ text: 'Chưa đúng' }]);
		old.onend?.();
		expect(said()).toEqual(['Câu hỏi', 'Chưa đúng']);
		expect(synth.cancel).toHaveBeenCalled();
	});

	it('new messages wait for the one being read, and nothing is read twice', () => {
		const root = screen('<p data-read>Chào em</p>');
		q.append(collect(root));
		expect(said()).toEqual([]);
		q.play(collect(root));
		root.insertAdjacentHTML('beforeend', '<p data-read>Em mấy tuổi?</p>');
		q.append(collect(root));
		expect(said()).toEqual(['Chào em']);
		finish();
		expect(said()).toEqual(['Chào em', 'Em mấy tuổi?']);
		finish();
		// Idle again: the next message starts at once; the ones read before are skipped.
		root.insertAdjacentHTML('beforeend', '<p data-read>Gửi ảnh nhé</p>');
		q.append(collect(root));
		expect(said()).toEqual(['Chào em', 'Em mấy tuổi?', 'Gửi ảnh nhé']);
	});

	it('leaving the screen stops it, and later messages are not read', () => {
		const root = screen('<p data-read>Một</p>');
		q.play(collect(root));
		q.reset();
		expect(q.playing).toBe(false);
		root.insertAdjacentHTML('beforeend', '<p data-read>Hai</p>');
		q.append(collect(root));
		expect(said()).toEqual(['Một']);
	});

	it('plays the recorded narration of the screen instead of the synthetic voice', async () => {
		const root = screen('<h1 data-read>Bước một</h1>');
		q.setNarration(
			Promise.resolve(
				new Map([['s0', { audio: new Uint8Array([1, 2]).buffer, mime: 'audio/webm' }]])
			)
		);
		q.screen = 's0';
		await q.readScreen(root);
		expect(FakeAudio.played).toEqual(['blob:narration']);
		expect(said()).toEqual([]);
		expect(root).toHaveClass(HIGHLIGHT);
		// The recording said the step: it is not read again when something new appears.
		q.append(collect(root));
		expect(said()).toEqual([]);

		q.screen = 's1';
		await q.readScreen(root);
		expect(said()).toEqual(['Bước một']);
	});

	it('with no Vietnamese voice and no recording, nothing is read', async () => {
		delete (window as { speechSynthesis?: unknown }).speechSynthesis;
		speech.detect();
		await q.readScreen(screen('<p data-read>Một</p>'));
		expect(q.playing).toBe(false);
		expect(said()).toEqual([]);
	});
});
