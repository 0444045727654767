// Finds elements the way a screen reader names them: by role and accessible name, like
// Playwright's getByRole. Puppeteer's own `::-p-aria()` asks Firefox's accessibility tree and
// takes 200-900 ms a query there (a lesson needs dozens), so this runs in the page instead:
// implicit and explicit roles, and the name from aria-labelledby, aria-label, <label>,
// <legend>, alt or the text (aria-hidden parts left out, visually hidden text kept).
import { Puppeteer } from 'puppeteer-core';

export type Role =
	| 'button'
	| 'link'
	| 'heading'
	| 'radio'
	| 'checkbox'
	| 'textbox'
	| 'combobox'
	| 'region'
	| 'group'
	| 'img'
	| 'status';

/** How the name is compared: the whole name, its start, or a part of it. */
export type Match = 'exact' | 'start' | 'part';

/** Runs in the page (serialised by Puppeteer or sent as WebDriver script): self-contained. */
export function queryAll(root: Node, selector: string): Element[] {
	const [role, match, ...rest] = selector.split('|');
	const wanted = rest.join('|').replace(/\s+/g, ' ').trim();
	const implicit: Record<string, string> = {
		button: 'button:not([role]), input[type="button"], input[type="submit"], [role="button"]',
		link: 'a[href]:not([role]), [role="link"]',
		heading: 'h1:not([role]), h2:not([role]), h3:not([role]), h4:not([role]), [role="heading"]',
		radio: 'input[type="radio"]:not([role]), [role="radio"]',
		checkbox: 'input[type="checkbox"]:not([role]), [role="checkbox"]',
		textbox:
			'input:not([type]):not([role]), input[type="text"], input[type="search"], textarea, [role="textbox"]',
		combobox: 'select:not([role]), [role="combobox"]',
		region: 'section[aria-label], section[aria-labelledby], [role="region"]',
		group: 'fieldset:not([role]), [role="group"], [role="radiogroup"]',
		img: 'img[alt]:not([alt=""]), svg[role="img"], [role="img"]',
		status: 'output, [role="status"]'
	};
	const text = (node: Node | null): string => {
		if (!node) return '';
		if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
		if (!(node instanceof Element)) return '';
		if (node.getAttribute('aria-hidden') === 'true' || /^(STYLE|SCRIPT)$/.test(node.tagName))
			return '';
		if (node instanceof HTMLImageElement) return node.alt;
		const label = node.getAttribute('aria-label');
		if (label) return label;
		return [...node.childNodes].map(text).join('');
	};
	const nameOf = (el: Element): string => {
		const by = el.getAttribute('aria-labelledby');
		if (by)
			return by
				.split(/\s+/)
				.map((id) => text(document.getElementById(id)))
				.join(' ');
		const label = el.getAttribute('aria-label');
		if (label) return label;
		const labels = (el as HTMLInputElement).labels;
		if (labels?.length) return [...labels].map(text).join(' ');
		if (el instanceof HTMLFieldSetElement) return text(el.querySelector(':scope > legend'));
		if (el instanceof HTMLImageElement) return el.alt;
		if (el instanceof HTMLInputElement && /^(button|submit)$/.test(el.type)) return el.value;
		if (el instanceof HTMLSelectElement) return '';
		return [...el.childNodes].map(text).join('');
	};
	const scope = root instanceof Document || root instanceof Element ? root : document;
	return [...scope.querySelectorAll(implicit[role] ?? `[role="${role}"]`)].filter((el) => {
		if (el.closest('[aria-hidden="true"], [inert]')) return false;
		// checkVisibility: Firefox 125, Safari 17.4 (WebKitGTK 2.44).
		if ('checkVisibility' in el && !el.checkVisibility()) return false;
		const name = nameOf(el).replace(/\s+/g, ' ').trim();
		if (match === 'start') return name.startsWith(wanted);
		if (match === 'part') return name.includes(wanted);
		return name === wanted;
	});
}

let registered = false;

/** Makes `::-p-role(...)` available to every page (call once per process). */
export function registerRoleSelector(): void {
	if (registered) return;
	Puppeteer.registerCustomQueryHandler('role', { queryAll });
	registered = true;
}

/** The argument queryAll takes: `role|match|name`. */
export function roleQuery(role: Role, name: string, match: Match = 'exact'): string {
	return `${role}|${match}|${name}`;
}

/** A Puppeteer selector for `role` named `name` (compared by `match`). */
export function role(role: Role, name: string, match: Match = 'exact'): string {
	return `::-p-role(${JSON.stringify(roleQuery(role, name, match))})`;
}
