// The structural layer of the parser: a lesson's `::: type arg` blocks and, inside them,
// prompts, list items and feedback quotes, read from markdown-it's tokens (each block token
// carries `map`, its source lines). The rules of each activity live in activities/*.ts.
// Pure: no file system, no DOM, so it also runs in a browser.
import type { Token } from 'markdown-it';
import { BLOCK_OPEN, md, renderTokens, type RenderEnv } from './markdown';
import type { ContentError, Rich } from './types';
import { PLATFORMS, type Platform } from './vocab';

export class Errors {
	list: ContentError[] = [];
	constructor(private path: string) {}
	add(line: number, message: string) {
		this.list.push({ path: this.path, line, message });
	}
}

/** What every block parser gets. */
export interface Ctx {
	errors: Errors;
	env: RenderEnv;
	/** The file's lines, for quoting a line in a message (index = line number - 1). */
	lines: string[];
}

export interface Block {
	/** Lowercased name after `:::`. */
	type: string;
	arg: string;
	/** 1-based line of the `::: type` line. */
	line: number;
	/** The tokens between the opening and the closing line. */
	tokens: Token[];
}

export function quote(s: string, max = 40): string {
	const t = s.trim();
	return `"${t.length > max ? t.slice(0, max - 1) + '…' : t}"`;
}

/** 1-based first line of a block token. */
export const lineOf = (t: Token): number => (t.map ? t.map[0] + 1 : 0);

/** Index just after the token opened at `i` is closed (or `i + 1` for a lone token). */
export function spanEnd(tokens: Token[], i: number): number {
	let depth = 0;
	let j = i;
	do {
		depth += tokens[j].nesting;
		j++;
	} while (depth > 0 && j < tokens.length);
	return j;
}

/** The direct children of `tokens`: [start, end) index pairs. */
export function* topLevel(tokens: Token[], from = 0, to = tokens.length): Generator<[number, number]> {
	for (let i = from; i < to; ) {
		const end = spanEnd(tokens, i);
		yield [i, end];
		i = end;
	}
}

export function rich(tokens: Token[], ctx: Ctx): Rich {
	return renderTokens(tokens, ctx.env);
}

/** Every non-empty source line a token covers: for "unexpected line" messages. */
export function linesOf(t: Token, ctx: Ctx): { n: number; text: string }[] {
	if (!t.map) return [];
	const out = [];
	for (let i = t.map[0]; i < t.map[1]; i++)
		if (ctx.lines[i]?.trim()) out.push({ n: i + 1, text: ctx.lines[i] });
	return out;
}

const CLOSE = /^\s*:{3,}\s*$/;

/**
 * The file's blocks, in order. markdown-it-container closes a block at the first `:::`
 * line; a block opened again before that one is nested in the token stream. As authors
 * mean it, the outer block was not closed: report that, and read the inner one as its own.
 */
export function readBlocks(tokens: Token[], ctx: Ctx, out: Block[] = []): Block[] {
	let strayReported = false;
	for (const [i, end] of topLevel(tokens)) {
		const t = tokens[i];
		if (t.type !== 'container_block_open') {
			if (!strayReported && t.map) {
				const text = ctx.lines[t.map[0]] ?? '';
				ctx.errors.add(
					lineOf(t),
					`văn bản nằm ngoài khối ${quote(text)}: hãy đặt nó trong một khối "::: step" (text outside a block)`
				);
			}
			strayReported = true;
			continue;
		}
		strayReported = false;
		const [, name = '', arg = ''] = BLOCK_OPEN.exec(t.info) ?? [];
		const inner = tokens.slice(i + 1, end - 1);
		let nested = -1;
		for (const [k] of topLevel(inner))
			if (inner[k].type === 'container_block_open') {
				nested = k;
				break;
			}
		const closed = nested < 0 && CLOSE.test(ctx.lines[t.map![1]] ?? '');
		if (!closed)
			ctx.errors.add(
				lineOf(t),
				`khối "::: ${name}" chưa đóng: thêm một dòng ":::" ở cuối (block not closed)`
			);
		out.push({
			type: name.toLowerCase(),
			arg: arg.trim(),
			line: lineOf(t),
			tokens: nested < 0 ? inner : inner.slice(0, nested)
		});
		if (nested >= 0) readBlocks(inner.slice(nested), ctx, out);
	}
	return out;
}

/** The tokens before the first top-level token that `stop` accepts, and the rest. */
export function splitAt(
	tokens: Token[],
	stop: (t: Token, next: Token | undefined) => boolean
): [Token[], Token[]] {
	for (const [i] of topLevel(tokens))
		if (stop(tokens[i], tokens[i + 1])) return [tokens.slice(0, i), tokens.slice(i)];
	return [tokens, []];
}

/** True when the tokens hold no words, pictures or code at all. */
export function isEmpty(tokens: Token[]): boolean {
	return !tokens.some(
		(t) => (t.type === 'inline' && t.content.trim() !== '') || t.type === 'fence' || t.type === 'code_block'
	);
}

/**
 * Takes out of the top-level paragraphs every line that `pick` accepts (a `hộp:` line, a
 * step's picture), as authors write them inside a paragraph. Returns them with their lines.
 */
export function takeLines(
	tokens: Token[],
	pick: (text: string) => boolean,
	env: RenderEnv
): { tokens: Token[]; taken: { n: number; text: string }[] } {
	const taken: { n: number; text: string }[] = [];
	const out: Token[] = [];
	for (const [i, end] of topLevel(tokens)) {
		const open = tokens[i];
		const inline = tokens[i + 1];
		if (open.type !== 'paragraph_open' || inline?.type !== 'inline' || !inline.map) {
			out.push(...tokens.slice(i, end));
			continue;
		}
		const lines = inline.content.split('\n');
		const keep = lines.filter((text, k) => {
			if (!pick(text.trim())) return true;
			taken.push({ n: inline.map![0] + k + 1, text: text.trim() });
			return false;
		});
		if (keep.length === lines.length) out.push(...tokens.slice(i, end));
		else if (keep.length) out.push(open, reinline(inline, keep.join('\n'), env), tokens[end - 1]);
	}
	return { tokens: out, taken };
}

/** The same inline token with new content, parsed as a paragraph so phone links still apply. */
function reinline(inline: Token, content: string, env: RenderEnv): Token {
	const parsed = md.parse(content, { ...env });
	const fresh =
		parsed.length === 3 && parsed[1].type === 'inline' ? parsed[1] : md.parseInline(content, { ...env })[0];
	const copy = Object.assign(Object.create(Object.getPrototypeOf(inline)), inline) as Token;
	copy.content = content;
	copy.children = fresh.children;
	return copy;
}

export interface Item {
	line: number;
	/** The item's first paragraph as written, a lazily wrapped line joined back with a space. */
	text: string;
	/** Set by `checkbox`: ' ', 'x' or '!'. */
	mark: string;
	/** The tokens inside its `> ...` quotes. */
	feedback: Token[];
	children: Item[];
}

const flat = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

function unexpected(t: Token, ctx: Ctx, what: string) {
	for (const l of linesOf(t, ctx))
		ctx.errors.add(
			l.n,
			`${what}: dòng không hợp lệ ${quote(l.text)}; mỗi dòng phải là "- ..." hoặc phản hồi "  > ..." (unexpected line)`
		);
}

function readItem(tokens: Token[], from: number, to: number, ctx: Ctx, what: string, nested: boolean): Item {
	const item: Item = { line: lineOf(tokens[from]), text: '', mark: '', feedback: [], children: [] };
	let first = true;
	for (const [i, end] of topLevel(tokens, from + 1, to - 1)) {
		const t = tokens[i];
		if (t.type === 'paragraph_open' && first) item.text = flat(tokens[i + 1].content);
		else if (t.type === 'blockquote_open') item.feedback.push(...tokens.slice(i + 1, end - 1));
		else if (t.type === 'bullet_list_open' && nested) {
			for (const [k, kEnd] of topLevel(tokens, i + 1, end - 1)) {
				const child = readItem(tokens, k, kEnd, ctx, what, false);
				item.children.push(child);
				// A quote under an option still explains the whole setting, as it always did.
				item.feedback.push(...child.feedback);
			}
		} else unexpected(t, ctx, what);
		first = false;
	}
	return item;
}

/**
 * The `- ...` items after a prompt, each with its `> feedback` and, when `nested`, its
 * `  - ...` children. Anything else there is reported line by line.
 */
export function listItems(tokens: Token[], ctx: Ctx, what: string, nested = false): Item[] {
	const items: Item[] = [];
	for (const [i, end] of topLevel(tokens)) {
		if (tokens[i].type !== 'bullet_list_open') {
			unexpected(tokens[i], ctx, what);
			continue;
		}
		for (const [k, kEnd] of topLevel(tokens, i + 1, end - 1))
			items.push(readItem(tokens, k, kEnd, ctx, what, nested));
	}
	return items;
}

const CHECK_ITEM = /^\[( |x|X|!)\]\s+([\s\S]+)$/;

export function checkbox(item: Item, marks: string, ctx: Ctx, what: string): boolean {
	const m = CHECK_ITEM.exec(item.text);
	if (!m || !marks.includes(m[1].toLowerCase())) {
		const allowed = [...marks].map((c) => `"- [${c}]"`).join(' hoặc ');
		ctx.errors.add(item.line, `${what} ${quote(item.text)} phải bắt đầu bằng ${allowed} (missing checkbox)`);
		return false;
	}
	item.mark = m[1].toLowerCase();
	item.text = m[2].trim();
	return true;
}

export function platformArg(block: Block, arg: string, ctx: Ctx): Platform | null {
	const p = arg.toLowerCase();
	if ((PLATFORMS as readonly string[]).includes(p)) return p as Platform;
	ctx.errors.add(
		block.line,
		`${block.type}: nền tảng "${arg}" không hợp lệ; dùng một trong ${PLATFORMS.join(', ')} (unknown platform)`
	);
	return null;
}

/** `key: value` lines of a prompt (`hộp: A | B`, `hồ sơ: ...`), taken out of its text. */
export function takeKeys(
	prompt: Token[],
	keys: string[],
	env: RenderEnv
): { prompt: Token[]; keys: Map<string, { n: number; value: string }> } {
	const KEY = /^([\p{L} ]+):\s*(.*)$/u;
	const isKey = (text: string) => keys.includes(KEY.exec(text)?.[1].trim().toLowerCase() ?? '');
	const { tokens, taken } = takeLines(prompt, isKey, env);
	const found = new Map<string, { n: number; value: string }>();
	for (const { n, text } of taken) {
		const m = KEY.exec(text)!;
		found.set(m[1].trim().toLowerCase(), { n, value: m[2].trim() });
	}
	return { prompt: tokens, keys: found };
}
