// The one markdown-it of the course, and the rendering helpers around it. Imported only by
// the content pipeline (the Vite plugin, scripts, later the lesson studio's own route),
// never by a child's page, so markdown-it stays out of their bundles. No `node:` import:
// it must also run in a browser.
//
// Plugins are added with `md.use()` below, one line each; every option reaches the render
// rules through markdown-it's `env` (VitePress's containers.ts does the same), never a
// module global, so two renders can never leak a base path into each other.
import MarkdownIt from 'markdown-it';
import container from 'markdown-it-container';
import type { Token } from 'markdown-it';
import type { Rich } from './types';
import { phoneLinks } from './phone-links';
import { picturePlugin } from '../pictures/markdown-picture';

/** What every parse and render takes in markdown-it's `env`. */
export type RenderEnv = {
	/** SvelteKit base path ('' or '/khien-nho'), prefixed to site-absolute links and images. */
	base: string;
	/** `false` keeps hotline numbers as plain text for one render (phone-links.ts). */
	phoneLinks?: boolean;
};

/** The options of a render are its env. */
export type RenderOptions = RenderEnv;

/** `::: name rest`: any name, so that an unknown block type is reported, not read as text. */
export const BLOCK_OPEN = /^\s*([a-zA-Z-]+)\s*(.*)$/;

export const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
md.use(phoneLinks);
// Lesson blocks (`::: step Title` ... `:::`) as markdown-it-container tokens: one container
// whose `info` holds the block's type and argument (blocks.ts reads them).
md.use(container, 'block', { validate: (params: string) => BLOCK_OPEN.test(params) });

const SAFE_LINK = /^(\/(?!\/)|#|tel:|mailto:|https:\/\/)/i;
// markdown-it already refuses javascript:, vbscript:, file: and data: (but images);
// we narrow further to what a lesson may need.
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

const base = (env: unknown) => (env as Partial<RenderEnv> | undefined)?.base ?? '';
// [[tên hình]] pictures (lib/pictures), with the base path from the render's env.
md.use(picturePlugin, { base });

const defaultLinkOpen =
	md.renderer.rules.link_open ?? ((tokens, idx, opts, _env, self) => self.renderToken(tokens, idx, opts));
md.renderer.rules.link_open = (tokens, idx, opts, env, self) => {
	const token = tokens[idx];
	// markdown-it 15 types attribute values as string | number.
	const href = String(token.attrGet('href') ?? '');
	if (href.startsWith('/')) token.attrSet('href', base(env) + href);
	if (/^https:/i.test(href)) {
		token.attrSet('rel', 'noopener noreferrer');
		token.attrSet('target', '_blank');
	}
	return defaultLinkOpen(tokens, idx, opts, env, self);
};
const defaultImage = md.renderer.rules.image!;
md.renderer.rules.image = (tokens, idx, opts, env, self) => {
	const token = tokens[idx];
	const src = String(token.attrGet('src') ?? '');
	if (src.startsWith('/')) token.attrSet('src', base(env) + src);
	token.attrSet('loading', 'lazy');
	return defaultImage(tokens, idx, opts, env, self);
};

// Level-2 headings get ids so guides can have a table of contents.
md.renderer.rules.heading_open = (tokens, idx, opts, _env, self) => {
	const token = tokens[idx];
	if (token.tag === 'h2') {
		const inline = tokens[idx + 1];
		token.attrSet('id', slugify(inline?.content ?? ''));
	}
	return self.renderToken(tokens, idx, opts);
};

const ENTITIES: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'"
};

/** Plain text of rendered HTML (kept for callers that only have HTML). */
export function htmlToText(html: string): string {
	return tidy(
		html
			.replace(/<\/(p|li|h[1-6]|tr)>/g, '$&\n')
			.replace(/<[^>]+>/g, '')
			.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e)
	);
}

function tidy(text: string): string {
	return text
		.replace(/[ \t]+/g, ' ')
		.replace(/\n\s*\n+/g, '\n')
		.trim();
}

function inlineText(children: Token[] | null, out: string[]) {
	for (const c of children ?? []) {
		if (c.type === 'text' || c.type === 'code_inline') out.push(c.content);
		else if (c.type === 'softbreak' || c.type === 'hardbreak') out.push('\n');
	}
}

/**
 * Read-aloud text straight from tokens: the words of every text and code token, one line
 * per block; image descriptions are left out (the picture has its own alt text).
 */
export function tokensText(tokens: Token[]): string {
	const out: string[] = [];
	for (const t of tokens) {
		if (t.type === 'inline') inlineText(t.children, out);
		else if (t.type === 'fence' || t.type === 'code_block') out.push('\n', t.content, '\n');
		else if (t.block) out.push('\n');
	}
	return tidy(out.join(''));
}

/** A slice of block tokens (from one `md.parse`) as safe HTML and its read-aloud twin. */
export function renderTokens(tokens: Token[], env: RenderEnv): Rich {
	return { html: md.renderer.render(tokens, md.options, env).trim(), text: tokensText(tokens) };
}

export function renderBlock(src: string, env: RenderEnv): Rich {
	return renderTokens(md.parse(src, { ...env }), env);
}

/**
 * One line of Markdown without paragraphs. Hotline numbers stay plain text here: these
 * labels sit inside buttons, where a link cannot.
 */
export function renderInline(src: string, env: RenderEnv): Rich {
	const tokens = md.parseInline(src, { ...env });
	return { html: md.renderer.render(tokens, md.options, env).trim(), text: tokensText(tokens) };
}

/** Plain text of a Markdown snippet (for chat bubbles and labels rendered as text). */
export function plainInline(src: string): string {
	return tokensText(md.parseInline(src, { base: '' }));
}

export function slugify(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
