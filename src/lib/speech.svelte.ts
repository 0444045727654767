// Read-aloud through the browser's own speech engine. Nothing is downloaded: when the
// device has no Vietnamese voice the synthetic voice is not used (available = false),
// because an English voice reading Vietnamese text is unintelligible to a child; the
// read-aloud control then says why and where to add one (ReadAloud.svelte, Settings).

/** Slightly slower than default: the youngest learners are still learning to read. */
const RATE = 0.9;

export class Speech {
	/** A speech engine and a Vietnamese voice are both present. */
	available = $state(false);
	speaking = $state(false);
	/** The text being read, so each ReadAloud button knows whether it is the one playing. */
	current = $state<string | null>(null);
	/** The Vietnamese voice found ("Thử giọng đọc" names it), or null. */
	voiceName = $state<string | null>(null);

	#synth: SpeechSynthesis | null = null;
	#voices: SpeechSynthesisVoice[] = [];
	#listening = false;
	#active: SpeechSynthesisUtterance | null = null;

	constructor() {
		this.detect();
	}

	/** Look for the engine and voices again; voices often arrive after page load. */
	detect = () => {
		const synth =
			typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
		this.#synth = synth ?? null;
		if (!synth) {
			this.#voices = [];
			this.available = false;
			return;
		}
		this.#loadVoices();
		if (!this.#listening) {
			this.#listening = true;
			// Chrome fills getVoices() asynchronously and says so with voiceschanged.
			if (typeof synth.addEventListener === 'function') {
				synth.addEventListener('voiceschanged', this.#loadVoices);
			} else {
				synth.onvoiceschanged = this.#loadVoices;
			}
		}
	};

	#loadVoices = () => {
		try {
			this.#voices = this.#synth?.getVoices() ?? [];
		} catch {
			this.#voices = [];
		}
		const vi = this.#voiceFor('vi');
		this.available = vi !== undefined;
		this.voiceName = vi?.name ?? null;
	};

	#voiceFor(lang: string): SpeechSynthesisVoice | undefined {
		const prefix = lang.toLowerCase().split(/[-_]/)[0];
		const matching = this.#voices.filter((v) => v.lang.toLowerCase().startsWith(prefix));
		return matching.find((v) => v.localService) ?? matching[0];
	}

	/** Read `text` now (whatever was playing stops); `onend` once it is over, if not replaced. */
	speak = (text: string, lang = 'vi-VN', onend?: () => void) => {
		const synth = this.#synth;
		if (!synth || !this.available || typeof SpeechSynthesisUtterance === 'undefined') return;
		const clean = text.trim();
		if (!clean) return;
		// A new request replaces whatever is playing rather than queueing behind it.
		synth.cancel();
		const utterance = new SpeechSynthesisUtterance(clean);
		utterance.lang = lang;
		const voice = this.#voiceFor(lang);
		if (voice) utterance.voice = voice;
		utterance.rate = RATE;
		const finish = () => {
			// A cancelled utterance reports its end after the newer one has started (even for
			// the same text): only the active one may reset the state.
			if (this.#active !== utterance) return;
			this.#active = null;
			this.speaking = false;
			this.current = null;
			onend?.();
		};
		utterance.onend = finish;
		utterance.onerror = finish;
		this.#active = utterance;
		this.speaking = true;
		this.current = clean;
		synth.speak(utterance);
	};

	stop = () => {
		this.#active = null;
		this.#synth?.cancel();
		this.speaking = false;
		this.current = null;
	};

	/** Whether this exact text is the one being read. */
	isReading = (text: string) => this.speaking && this.current === text.trim();
}

export const speech = new Speech();
