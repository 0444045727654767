// Page interactions for the Firefox suite, by role and accessible name (see roles.ts), with
// the three ways a learner works the app: taps (touch), clicks (mouse) and the keyboard alone
// (Tab, Shift+Tab and arrows to get there, then Enter or Space).
import type { ElementHandle, Page } from 'puppeteer-core';
import { role, type Match, type Role } from './roles';

export type Input = 'tap' | 'click' | 'keyboard';

export const DEFAULT_TIMEOUT = 15_000;

/** The element with this role and name (in `scope`), once it is there and visible. */
export async function find(
	scope: Page | ElementHandle<Element>,
	r: Role,
	name: string,
	match: Match = 'exact',
	timeout = DEFAULT_TIMEOUT
): Promise<ElementHandle<Element>> {
	const handle = await scope.waitForSelector(role(r, name, match), { visible: true, timeout });
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
	await target.scrollIntoView();
	if (input === 'tap') await target.tap();
	else await target.click();
}

/** Finds by role and name, then activates (see press). */
export async function activate(
	page: Page,
	r: Role,
	name: string,
	input: Input = 'click',
	match: Match = 'exact'
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
	await from.scrollIntoView();
	const a = await from.boundingBox();
	const b = await to.boundingBox();
	if (!a || !b) throw new Error('drag: an element has no box');
	await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
	await page.mouse.down();
	await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 12, { steps: 3 });
	await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
	await page.mouse.up();
}
