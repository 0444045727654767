// Page interactions for the Firefox suite, by role and accessible name (see roles.ts), with
// the three ways a learner works the app: taps (touch), clicks (mouse) and the keyboard alone
// (Tab, Shift+Tab and arrows to get there, then Enter or Space).
import type { ElementHandle, Page } from 'puppeteer-core';
import type { Driver, Input } from './driver';
import { role, type Match, type Role } from './roles';

export type { Input } from './driver';

export const DEFAULT_TIMEOUT = 15_000;

/** The element with this role and name (in `scope`), once it is there and visible. */
export async function find(
	scope: Page | ElementHandle<Element>,
	r: Role,
	name: string,
	match: Match = 'exact',
	timeout = DEFAULT_TIMEOUT
): Promise<ElementHandle<Element>> {
	const selector = role(r, name, match);
	// Most elements are already there: one query is cheaper than a wait (which polls).
	const now = await scope.$(selector);
	if (now) return now;
	const handle = await scope.waitForSelector(selector, { visible: true, timeout });
	if (!handle) throw new Error(`${r} "${name}" not found`);
	return handle;
}

/** Whether such an element is on the page now (no waiting). */
export async function has(page: Page, r: Role, name: string, match: Match = 'exact') {
	return (await page.$(role(r, name, match))) !== null;
}

/** Waits until no such element is visible. */
export async function gone(page: Page, r: Role, name: string, match: Match = 'exact') {
	await page.waitForSelector(role(r, name, match), { hidden: true, timeout: DEFAULT_TIMEOUT });
}

/** Moves focus to `target` with the keyboard only; fails when Tab cannot reach it. */
export async function focusByKeyboard(page: Page, target: ElementHandle<Element>) {
	for (let presses = 0; presses < 60; presses++) {
		const where = await target.evaluate((el) => {
			const active = document.activeElement;
			if (active === el) return 'here';
			// Inside a radio group, Tab jumps to the next group: arrows move between options.
			if (
				el instanceof HTMLInputElement &&
				el.type === 'radio' &&
				active instanceof HTMLInputElement &&
				active.type === 'radio' &&
				active.name === el.name
			)
				return active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING
					? 'ArrowDown'
					: 'ArrowUp';
			if (!active || active === document.body) return 'Tab';
			return active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING
				? 'Shift+Tab'
				: 'Tab';
		});
		if (where === 'here') return;
		if (where === 'Shift+Tab') {
			await page.keyboard.down('Shift');
			await page.keyboard.press('Tab');
			await page.keyboard.up('Shift');
		} else await page.keyboard.press(where);
	}
	const html = await target.evaluate((el) => el.outerHTML.slice(0, 120));
	throw new Error(`not reachable with the keyboard: ${html}`);
}

/** Activates an element the way `input` does (keyboard: reach it, then `key`). */
export async function press(
	page: Page,
	target: ElementHandle<Element>,
	input: Input,
	key: 'Enter' | 'Space' = 'Enter'
) {
	if (input === 'keyboard') {
		await focusByKeyboard(page, target);
		await page.keyboard.press(key === 'Space' ? ' ' : key);
		return;
	}
	// Puppeteer scrolls a target only until it is inside the viewport, where the sticky header,
	// the quick-exit row or the answer sheet may still cover it (a tap there would land on the
	// sheet's "Bỏ qua"): bring it to the middle first, as a finger would scroll.
	await target.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
	if (input === 'tap') await target.tap();
	else await target.click();
}

/** Finds by role and name, then activates (see press). */
export async function activate(
	page: Page,
	r: Role,
	name: string,
	{ input = 'click', match = 'exact' }: { input?: Input; match?: Match } = {}
) {
	await press(page, await find(page, r, name, match), input, r === 'radio' ? 'Space' : 'Enter');
}

/** Types into the text field labelled `label` (replacing what it held). */
export async function fill(page: Page, label: string, value: string) {
	const field = await find(page, 'textbox', label);
	await field.click({ count: 3 });
	await field.type(value);
}

/** Waits until the page's visible text contains `text`. */
export async function waitForText(page: Page, text: string, timeout = DEFAULT_TIMEOUT) {
	if (await page.evaluate((t) => document.body?.innerText.includes(t), text)) return;
	await page
		.waitForFunction((t) => document.body?.innerText.includes(t), { timeout, polling: 100 }, text)
		.catch((e: unknown) => {
			throw new Error(`text not shown within ${timeout} ms: "${text}" (${String(e)})`);
		});
}

/** The page's visible text (whitespace collapsed). */
export async function bodyText(page: Page): Promise<string> {
	return page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
}

/** Waits until the page's URL is `url` (after a client-side or full navigation). */
export async function waitForUrl(page: Page, url: string, timeout = DEFAULT_TIMEOUT) {
	await page.waitForFunction((u) => location.href === u, { timeout, polling: 100 }, url);
}

/** Drags `from` onto `to` with the mouse, in small steps, as a hand would. */
export async function drag(page: Page, from: ElementHandle<Element>, to: ElementHandle<Element>) {
	// Both in view: a pointer cannot leave the viewport while the button is held.
	await page.evaluate(
		(a, b) => {
			const top = a.getBoundingClientRect().top + scrollY;
			const bottom = b.getBoundingClientRect().bottom + scrollY;
			scrollTo({ top: (top + bottom) / 2 - innerHeight / 2, behavior: 'instant' });
		},
		from,
		to
	);
	const a = await from.boundingBox();
	const b = await to.boundingBox();
	const viewport = page.viewport();
	if (!a || !b || !viewport) throw new Error('drag: an element has no box');
	if (Math.min(a.y, b.y) < 0 || Math.max(a.y + a.height, b.y + b.height) > viewport.height)
		throw new Error('drag: the card and its bin do not fit in the viewport together');
	await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
	await page.mouse.down();
	await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 12, { steps: 3 });
	await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
	await page.mouse.up();
}

/** The form control whose <label> reads `label` (file inputs have no role to look for). */
export async function labelled(
	page: Page,
	label: string
): Promise<ElementHandle<HTMLInputElement>> {
	const handle = await page.waitForFunction(
		(text) =>
			[...document.querySelectorAll('label')].find(
				(l) => l.textContent?.replace(/\s+/g, ' ').trim() === text
			)?.control ?? null,
		{ timeout: DEFAULT_TIMEOUT, polling: 100 },
		label
	);
	return handle as ElementHandle<HTMLInputElement>;
}

/** The lesson player's view of a Puppeteer page (see driver.ts). */
export function puppeteerDriver(page: Page): Driver<ElementHandle<Element>> {
	return {
		goto: async (url) => void (await page.goto(url)),
		find: (r, name, { match = 'exact', within } = {}) => find(within ?? page, r, name, match),
		press: (target, input, key) => press(page, target, input, key),
		drag: (from, to) => drag(page, from, to),
		waitForText: (text, timeout) => waitForText(page, text, timeout),
		waitFor: async (test, arg, timeout = DEFAULT_TIMEOUT) =>
			void (await page.waitForFunction(
				test as (a: unknown) => boolean,
				{ timeout, polling: 50 },
				arg
			))
	};
}
