// What a lesson needs from a browser, whatever drives it: Puppeteer over WebDriver BiDi
// (Firefox, ui.ts) or classic W3C WebDriver (WebKit, webdriver.ts). lesson.ts is written
// against this, so the lesson player's steps live in one file for every engine.
import type { Match, Role } from './roles';

export type Input = 'tap' | 'click' | 'keyboard';

export interface Driver<Handle = unknown> {
	goto(url: string): Promise<void>;
	/** The element with this role and name (inside `within`), once it is there and visible. */
	find(role: Role, name: string, options?: { match?: Match; within?: Handle }): Promise<Handle>;
	/** Activates the element the way `input` does (keyboard: reach it, then `key`). */
	press(target: Handle, input: Input, key?: 'Enter' | 'Space'): Promise<void>;
	/** Drags `from` onto `to` with the mouse. */
	drag(from: Handle, to: Handle): Promise<void>;
	/** Waits until the page's visible text contains `text`. */
	waitForText(text: string, timeout?: number): Promise<void>;
	/** Waits until `test(arg)`, run in the page, is true (`arg` may be an element). */
	waitFor<A>(test: (arg: A) => boolean, arg: A, timeout?: number): Promise<void>;
}
