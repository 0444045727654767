// @vitest-environment node
// Every user-visible string in a component must come from a translation key. This walks
// each component's template and reports text nodes and labelling attributes written as
// literal words.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const LABEL_ATTRS = new Set(['aria-label', 'alt', 'title', 'placeholder', 'aria-description']);
// Brand and platform names are the same in every language.
const ALLOWED =
	/^(Khiên Nhỏ|Facebook|Messenger|Zalo|TikTok|Snapchat|111|113|[·•→←|:×+\-–—/()…%*]+)$/;

function components(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) components(full, out);
		else if (name.endsWith('.svelte')) out.push(full);
	}
	return out;
}

interface Node {
	type: string;
	data?: string;
	name?: string;
	value?: unknown;
	[key: string]: unknown;
}

function walk(node: unknown, visit: (n: Node) => void) {
	if (!node || typeof node !== 'object') return;
	if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
	const n = node as Node;
	if (typeof n.type === 'string') visit(n);
	// Attribute values are checked by the visitor itself (only labelling attributes count).
	if (n.type === 'Attribute' || String(n.type).endsWith('Directive')) return;
	for (const [k, v] of Object.entries(n)) {
		if (k === 'parent' || k === 'expression' || k === 'metadata') continue;
		if (v && typeof v === 'object') walk(v, visit);
	}
}

function literalText(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	const ast = parse(source, { modern: true });
	const found: string[] = [];
	walk(ast.fragment, (n) => {
		if (n.type === 'Text' && typeof n.data === 'string') {
			const text = n.data.replace(/\s+/g, ' ').trim();
			if (/\p{L}/u.test(text) && !ALLOWED.test(text)) found.push(text);
		}
		if (n.type === 'Attribute' && n.name && LABEL_ATTRS.has(n.name) && Array.isArray(n.value)) {
			for (const part of n.value as Node[])
				if (
					part.type === 'Text' &&
					/\p{L}/u.test(part.data ?? '') &&
					!ALLOWED.test((part.data ?? '').trim())
				)
					found.push(`${n.name}="${part.data}"`);
		}
	});
	return found;
}

describe('components', () => {
	it('hold no user-visible text that is not a translation key', () => {
		const offenders: Record<string, string[]> = {};
		for (const file of components('src')) {
			const found = literalText(file);
			if (found.length) offenders[file] = found;
		}
		expect(offenders).toEqual({});
	});

	it('the scanner finds literal text (self-check)', () => {
		const ast = parse('<p>Xin chào</p><img alt="Ảnh" src="x" />', { modern: true });
		const hits: string[] = [];
		walk(ast.fragment, (n) => {
			if (n.type === 'Text' && /\p{L}/u.test(n.data ?? '')) hits.push(n.data!);
		});
		expect(hits).toContain('Xin chào');
	});
});
