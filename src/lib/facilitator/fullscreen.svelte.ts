// Full screen for group mode (the Fullscreen API). Browsers may refuse it (not allowed in
// an embedded frame, a kiosk policy, an old tablet): then `refused` is set and the page
// says what else to try, instead of the button silently doing nothing.
export class Fullscreen {
	active = $state(false);
	refused = $state(false);

	#sync = () => {
		this.active = document.fullscreenElement != null;
	};

	/** Follows the browser's state (Esc leaves full screen without us); returns a cleanup. */
	watch(): () => void {
		document.addEventListener('fullscreenchange', this.#sync);
		this.#sync();
		return () => document.removeEventListener('fullscreenchange', this.#sync);
	}

	toggle = async (el: Element = document.documentElement): Promise<void> => {
		try {
			if (document.fullscreenElement) await document.exitFullscreen();
			else if (document.fullscreenEnabled && el.requestFullscreen)
				await el.requestFullscreen({ navigationUI: 'hide' });
			else throw new Error('unsupported');
			this.refused = false;
		} catch {
			this.refused = true;
		}
		this.#sync();
	};
}
