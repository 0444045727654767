// Build-time Markdown rendering. Imported only by the content pipeline (server side and
// scripts), never by a component, so markdown-it stays out of every client bundle.
import MarkdownIt from 'markdown-it';
import type { Rich } from './types';
import { phoneLinks } from './phone-links';
import { picturePlugin } from '../pictures/markdown-picture';

export interface RenderOptions {
	/** SvelteKit base path ('' or '/khien-nho'), prefixed to site-absolute links and images. */
	base: string;
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
md.use(phoneLinks);

const SAFE_LINK = /^(\/(?!\/)|#|tel:|mailto:|https:\/\/)/i;
// markdown-it already refuses javascript:, vbscript:, file: and data: (but images);
// we narrow further to what a lesson may need.
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

let currentBase = '';
md.use(picturePlugin, { base: () => currentBase });
const defaultLinkOpen =
	md.renderer.rules.link_open ?? ((tokens, idx, opts, _env, self) => self.renderToken(tokens, idx, opts));
md.renderer.rules.link_open = (tokens, idx, opts, env, self) => {
	const token = tokens[idx];
	// markdown-it 15 types attribute values as string | number.
	const href = String(token.attrGet('href') ?? '');
	if (href.startsWith('/')) token.attrSet('href', currentBase + href);
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
	if (src.startsWith('/')) token.attrSet('src', currentBase + src);
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

export function htmlToText(html: string): string {
	return html
		.replace(/<\/(p|li|h[1-6]|tr)>/g, '$&\n')
		.replace(/<[^>]+>/g, '')
		.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e)
		.replace(/[ \t]+/g, ' ')
		.replace(/\n\s*\n+/g, '\n')
		.trim();
}

export function renderBlock(src: string, opts: RenderOptions): Rich {
	currentBase = opts.base;
	const html = md.render(src).trim();
	return { html, text: htmlToText(html) };
}

export function renderInline(src: string, opts: RenderOptions): Rich {
	currentBase = opts.base;
	const html = md.renderInline(src).trim();
	return { html, text: htmlToText(html) };
}

/** Plain text of a Markdown snippet (for chat bubbles and labels rendered as text). */
export function plainInline(src: string): string {
	return htmlToText(md.renderInline(src));
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
