// What the build prerendered, read from its files: a page's HTML, its heading, its links.
// No test-framework import here, so both browser suites can use it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	'#39': "'"
};

export function normalise(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** The text of the first <h1> in an HTML document, or null when it has none. */
export function h1Of(html: string): string | null {
	const match = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html);
	return match ? normalise(decode(match[1].replace(/<[^>]*>/g, ' '))) : null;
}

function decode(text: string): string {
	return text.replace(/&(#?\w+);/g, (all, name: string) =>
		name.startsWith('#x')
			? String.fromCodePoint(parseInt(name.slice(2), 16))
			: name.startsWith('#') && name !== '#39'
				? String.fromCodePoint(Number(name.slice(1)))
				: (ENTITIES[name] ?? all)
	);
}

/**
 * The heading the build prerendered for `pathname` (relative to the base path), or null
 * when its HTML has none (a page drawn in the browser only).
 */
export function builtH1(dir: string, pathname: string): string | null {
	const html = builtPage(dir, pathname);
	return html === null ? null : h1Of(html);
}

/** The HTML the build prerendered for `pathname` (relative to the base path), or null. */
export function builtPage(dir: string, pathname: string): string | null {
	const file = join(dir, pathname, pathname.endsWith('/') ? 'index.html' : '');
	return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** Same-site links (no hash, no query) in an HTML document, under `basePath`. */
export function htmlLinks(html: string, pageUrl: string, basePath = ''): string[] {
	const origin = new URL(pageUrl).origin;
	const out = new Set<string>();
	for (const [, href] of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
		const url = new URL(decode(href), pageUrl);
		if (url.origin !== origin || !url.pathname.startsWith(`${basePath}/`)) continue;
		url.hash = '';
		url.search = '';
		out.add(url.href);
	}
	return [...out];
}
