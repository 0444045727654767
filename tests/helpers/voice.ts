// A Vietnamese voice for headless Chromium, which has none: speechSynthesis is replaced
// (getVoices, speak, cancel and the utterance class together) and every string it is asked
// to say is kept in window.__spoken. Each utterance "ends" a moment after it starts.
import type { Page } from '@playwright/test';

export const FAKE_VOICE = 'Giọng thử tiếng Việt';

export async function fakeVietnameseVoice(page: Page) {
	await page.addInitScript((name) => {
		const w = window as unknown as { __spoken: string[] };
		w.__spoken = [];
		class FakeUtterance extends EventTarget {
			lang = '';
			voice: unknown = null;
			rate = 1;
			onend: (() => void) | null = null;
			onerror: (() => void) | null = null;
			constructor(public text: string) {
				super();
			}
		}
		let current: FakeUtterance | null = null;
		const voices = [
			{ name: 'English', lang: 'en-US', localService: true, default: true, voiceURI: 'en' },
			{ name, lang: 'vi-VN', localService: true, default: false, voiceURI: 'vi' }
		];
		const synth = {
			speaking: false,
			pending: false,
			paused: false,
			getVoices: () => voices,
			speak(u: FakeUtterance) {
				w.__spoken.push(u.text);
				current = u;
				setTimeout(() => {
					if (current !== u) return;
					current = null;
					u.onend?.();
				}, 30);
			},
			cancel() {
				current = null;
			},
			pause() {},
			resume() {},
			addEventListener() {},
			removeEventListener() {}
		};
		Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
		Object.defineProperty(window, 'SpeechSynthesisUtterance', {
			value: FakeUtterance,
			configurable: true
		});
	}, FAKE_VOICE);
}

export const spoken = (page: Page) =>
	page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);

/** Every media play() call (a recorded narration playing), by its source. */
export async function recordPlays(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __played: string[] };
		w.__played = [];
		const play = HTMLMediaElement.prototype.play;
		HTMLMediaElement.prototype.play = function () {
			w.__played.push(this.src);
			return play.call(this);
		};
	});
}

export const played = (page: Page) =>
	page.evaluate(() => (window as unknown as { __played: string[] }).__played);
