// markdown-it plugin: the hotline numbers of the facts file (111, 113, 114, 115) become
// `tel:` links wherever lessons and guides write them in running text, so a child or a
// parent who reads "gọi 111" can call with one tap. Registered with `md.use(phoneLinks)`.
//
// A picture labelled with a hotline ([[111]]) is marked `meta.call` for the picture
// renderer, under the same rules. Left alone: text already inside a link, code (its own
// token type, never "text"), headings (a title is not where one calls from), image
// descriptions, and inline-only renders (`md.renderInline`), which the course uses for
// answer labels inside buttons, where a link cannot sit. `env.phoneLinks = false` turns it
// off for one render.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { splitPhones } from '../safety/phones';

export interface PhoneLinkOptions {
	/** Also link inside `md.renderInline` output (off: those labels sit inside buttons). */
	inline?: boolean;
}

function linked(state: StateCore, text: Token): Token[] {
	const parts = splitPhones(text.content);
	if (!parts.some((p) => p.tel)) return [text];
	const out: Token[] = [];
	for (const part of parts) {
		if (part.tel) {
			const open = new state.Token('link_open', 'a', 1);
			open.attrs = [['href', part.tel]];
			open.level = text.level;
			open.markup = 'phone';
			const inner = new state.Token('text', '', 0);
			inner.content = part.text;
			inner.level = text.level + 1;
			const close = new state.Token('link_close', 'a', -1);
			close.level = text.level;
			close.markup = 'phone';
			out.push(open, inner, close);
		} else {
			const plain = new state.Token('text', '', 0);
			plain.content = part.text;
			plain.level = text.level;
			out.push(plain);
		}
	}
	return out;
}

function linkChildren(state: StateCore, children: Token[]): Token[] {
	const out: Token[] = [];
	let inLink = 0;
	for (const child of children) {
		if (child.type === 'link_open') inLink++;
		else if (child.type === 'link_close') inLink = Math.max(0, inLink - 1);
		if (child.type === 'text' && inLink === 0) out.push(...linked(state, child));
		else if (child.type === 'picture' && inLink === 0) {
			// A picture that carries a hotline (the phone drawn with "111") may be a call link
			// too: the picture renderer decides, as only it knows the picture's label.
			child.meta = { ...child.meta, call: true };
			out.push(child);
		} else out.push(child);
	}
	return out;
}

export function phoneLinks(md: MarkdownIt, options: PhoneLinkOptions = {}): void {
	md.core.ruler.push('phone_links', (state: StateCore) => {
		if (state.env?.phoneLinks === false) return;
		if (state.inlineMode && !options.inline) return;
		const tokens = state.tokens;
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i];
			if (token.type !== 'inline' || !token.children) continue;
			if (tokens[i - 1]?.type === 'heading_open') continue;
			token.children = linkChildren(state, token.children);
		}
	});
}
