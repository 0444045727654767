// Keys of a presenter remote (and a keyboard) in group mode. Pure: the handler decides
// from the event alone, so it can be tested without a page.
export interface PresenterControls {
	next: () => void;
	back: () => void;
	reveal: () => void;
	fullscreen: () => void;
}

export type PresenterAction = keyof PresenterControls;

/** Elements that use Space and Enter themselves: those keys are left to them. */
const OWN_KEYS = /^(BUTTON|A|INPUT|TEXTAREA|SELECT|SUMMARY|OPTION)$/;
/** Elements where every key is typing. */
const TYPING = /^(INPUT|TEXTAREA|SELECT)$/;

interface KeyLike {
	key: string;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	target?: EventTarget | null;
}

function tagOf(target: EventTarget | null | undefined): string {
	const el = target as { tagName?: string; isContentEditable?: boolean } | null | undefined;
	if (el?.isContentEditable) return 'TEXTAREA';
	return typeof el?.tagName === 'string' ? el.tagName.toUpperCase() : '';
}

/**
 * ArrowRight, PageDown and Space go forward; ArrowLeft and PageUp go back; R reveals;
 * F switches full screen (a request the browser may refuse: GroupMode says so).
 * Space is left to a focused button or link (it presses it); typing is never taken.
 */
export function presenterAction(e: KeyLike): PresenterAction | null {
	if (e.altKey || e.ctrlKey || e.metaKey) return null;
	const tag = tagOf(e.target);
	if (TYPING.test(tag)) return null;
	switch (e.key) {
		case 'ArrowRight':
		case 'PageDown':
			return 'next';
		case ' ':
		case 'Spacebar':
			return OWN_KEYS.test(tag) ? null : 'next';
		case 'ArrowLeft':
		case 'PageUp':
			return 'back';
		case 'r':
		case 'R':
			return 'reveal';
		case 'f':
		case 'F':
			return 'fullscreen';
		default:
			return null;
	}
}

export function onPresenterKey(e: KeyboardEvent, controls: PresenterControls): void {
	const action = presenterAction(e);
	if (!action) return;
	e.preventDefault();
	controls[action]();
}
