import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Speech } from './speech.svelte';

class FakeUtterance {
	lang = '';
	voice: SpeechSynthesisVoice | null = null;
	rate = 1;
	onend: (() => void) | null = null;
	onerror: (() => void) | null = null;
	constructor(public text: string) {}
}

class FakeSynth extends EventTarget {
	voices: Partial<SpeechSynthesisVoice>[] = [];
	spoken: FakeUtterance[] = [];
	getVoices = () => this.voices as SpeechSynthesisVoice[];
	speak = vi.fn((u: FakeUtterance) => this.spoken.push(u));
	cancel = vi.fn();
}

const viVoice = { lang: 'vi-VN', name: 'Linh', localService: true } as const;
const enVoice = { lang: 'en-US', name: 'Sam', localService: true } as const;

function install(synth: FakeSynth) {
	Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
	vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
}

describe('speech', () => {
	let synth: FakeSynth;
	beforeEach(() => {
		synth = new FakeSynth();
	});
	afterEach(() => {
		delete (window as { speechSynthesis?: unknown }).speechSynthesis;
		vi.unstubAllGlobals();
	});

	it('is not available without speechSynthesis, and speaking does nothing', () => {
		const s = new Speech();
		expect(s.available).toBe(false);
		expect(() => s.speak('Xin chào')).not.toThrow();
		expect(s.speaking).toBe(false);
	});

	it('is not available when there is no Vietnamese voice', () => {
		synth.voices = [enVoice];
		install(synth);
		const s = new Speech();
		expect(s.available).toBe(false);
		s.speak('Xin chào');
		expect(synth.speak).not.toHaveBeenCalled();
	});

	it('notices a Vietnamese voice that loads later (voiceschanged)', () => {
		install(synth);
		const s = new Speech();
		expect(s.available).toBe(false);
		synth.voices = [enVoice, viVoice];
		synth.dispatchEvent(new Event('voiceschanged'));
		expect(s.available).toBe(true);
	});

	it('speaks with the Vietnamese voice and tracks what it is reading', () => {
		synth.voices = [enVoice, viVoice];
		install(synth);
		const s = new Speech();
		s.speak('  Em không có lỗi gì cả.  ');

		expect(synth.cancel).toHaveBeenCalled();
		const u = synth.spoken[0];
		expect(u.text).toBe('Em không có lỗi gì cả.');
		expect(u.lang).toBe('vi-VN');
		expect(u.voice).toBe(viVoice);
		expect(s.speaking).toBe(true);
		expect(s.isReading('Em không có lỗi gì cả.')).toBe(true);
		expect(s.isReading('Khác')).toBe(false);

		u.onend?.();
		expect(s.speaking).toBe(false);
		expect(s.current).toBeNull();
	});

	it('a newer utterance is not reset when the cancelled one reports its end', () => {
		synth.voices = [viVoice];
		install(synth);
		const s = new Speech();
		s.speak('Một');
		s.speak('Hai');
		synth.spoken[0].onerror?.();
		expect(s.speaking).toBe(true);
		expect(s.current).toBe('Hai');
	});

	it('stop() cancels and resets', () => {
		synth.voices = [viVoice];
		install(synth);
		const s = new Speech();
		s.speak('Gọi 111');
		s.stop();
		expect(synth.cancel).toHaveBeenCalledTimes(2);
		expect(s.speaking).toBe(false);
		expect(s.current).toBeNull();
	});
});
