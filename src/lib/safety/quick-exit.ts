// Quick exit ("Thoát nhanh"): a child whose screen may be seen by the person hurting them
// leaves the app in one tap, or with Esc pressed twice. The current page is *replaced*
// (location.replace), so Back does not bring it back; the screen is blanked and any
// read-aloud stopped first, so nothing stays visible while the next page loads. As in
// GOV.UK's "Exit this page" component, the way out is a plain navigation the child chose:
// the app itself sends no request anywhere.

/**
 * Online: a weather search, something anyone might have open. Offline: the app's own
 * calculator page (`routes/may-tinh`), precached, with nothing of Khiên Nhỏ on it.
 */
export const NEUTRAL_SITE = 'https://www.google.com/search?q=th%E1%BB%9Di+ti%E1%BA%BFt';
export const NEUTRAL_PAGE = '/may-tinh/';

/** Two presses of Esc within this time (ms) leave the app. */
export const DOUBLE_ESC_MS = 1000;

export function exitTarget(online: boolean, base: string): string {
	return online ? NEUTRAL_SITE : `${base}${NEUTRAL_PAGE}`;
}

interface ExitWindow {
	document: Document;
	addEventListener?: Window['addEventListener'];
	navigator: { onLine: boolean };
	location: { replace: (url: string) => void };
	speechSynthesis?: { cancel: () => void };
}

/** Leaves now: blank screen and tab title, silence, then replace this history entry. */
export function quickExit(base: string, win: ExitWindow = window): void {
	const root = win.document.documentElement;
	root.style.visibility = 'hidden';
	root.style.background = '#fff';
	win.document.title = '';
	// Should Back ever restore this very page from the browser's back/forward cache, it
	// opens the app's home page instead: never the page the child left, never a blank one.
	win.addEventListener?.('pageshow', (e) => {
		if ((e as PageTransitionEvent).persisted) win.location.replace(`${base}/`);
	});
	try {
		win.speechSynthesis?.cancel();
	} catch {
		// No speech on this device: nothing is being read.
	}
	win.location.replace(exitTarget(win.navigator.onLine, base));
}

interface KeyLike {
	key: string;
	repeat?: boolean;
	isComposing?: boolean;
	timeStamp: number;
}

/**
 * Returns a key handler that answers true on the second Esc within `ms` of the first.
 * A held key (auto-repeat) counts once, so leaning on Esc does not trigger it.
 */
export function doubleEsc(ms = DOUBLE_ESC_MS): (e: KeyLike) => boolean {
	let last = -Infinity;
	return (e) => {
		if ((e.key !== 'Escape' && e.key !== 'Esc') || e.repeat || e.isComposing) return false;
		if (e.timeStamp - last <= ms) {
			last = -Infinity;
			return true;
		}
		last = e.timeStamp;
		return false;
	};
}
