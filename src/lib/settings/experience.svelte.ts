// The device's choices for motion and sound in lessons (Settings, /cai-dat/). A small one-job
// rune singleton; kept in localStorage, as the language is: it describes the device, not a
// learner, and holds nothing about anyone.
import type { Band } from '$lib/content/bands';

/** 'auto': follow the device (motion: prefers-reduced-motion; sound: on, but off for 15-17). */
export type Choice = 'auto' | 'on' | 'off';

const KEYS = { motion: 'khien-nho:motion', sound: 'khien-nho:sound' } as const;

function read(key: string): Choice {
	try {
		const v = globalThis.localStorage?.getItem(key);
		return v === 'on' || v === 'off' ? v : 'auto';
	} catch {
		return 'auto';
	}
}

class Experience {
	motion = $state<Choice>(read(KEYS.motion));
	sound = $state<Choice>(read(KEYS.sound));

	set(kind: keyof typeof KEYS, value: Choice) {
		this[kind] = value;
		try {
			if (value === 'auto') localStorage.removeItem(KEYS[kind]);
			else localStorage.setItem(KEYS[kind], value);
		} catch {
			// Private mode or no storage: the choice holds until the page closes.
		}
	}

	/** Animations such as the end-of-lesson burst. */
	motionOn(): boolean {
		if (this.motion !== 'auto') return this.motion === 'on';
		return !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
	}

	/** Short sounds made with the Web Audio API; teens (15-17) hear none unless they ask. */
	soundOn(band: Band): boolean {
		if (this.sound !== 'auto') return this.sound === 'on';
		return band !== '15-17';
	}
}

export const experience = new Experience();
