// markdown-it inline rule for [[name]] and [[name|alt]]: a picture from the dictionary as an
// <img> with alt text. A paragraph holding only 2-4 pictures becomes a scene (one row laid out
// by the .pic-scene styles in src/lib/pictures/pictures.css); one picture alone is shown large.
// Unknown names are left as text here: checkPictures() fails the build on them first.
import type { MarkdownIt, StateCore, StateInline } from 'markdown-it';
import { parseRef, resolvePicture } from './syntax';
import { splitPhones } from '../safety/phones';

export interface PicturePluginOptions {
	/** The site's base path at render time ('' or '/khien-nho'), from the render's `env`. */
	base: (env?: unknown) => string;
}

function pictureRule(state: StateInline, silent: boolean): boolean {
	const { src, pos } = state;
	if (src.charCodeAt(pos) !== 0x5b || src.charCodeAt(pos + 1) !== 0x5b) return false;
	const end = src.indexOf(']]', pos + 2);
	if (end < 0) return false;
	const inner = src.slice(pos + 2, end);
	if (!inner.trim() || /[[\]\n]/.test(inner)) return false;
	const ref = parseRef(inner);
	if (!ref.name) return false;
	if (!silent) {
		const token = state.push('picture', 'img', 0);
		token.meta = { ...ref };
		token.content = ref.alt ?? ref.name;
	}
	state.pos = end + 2;
	return true;
}

/** Marks paragraphs made only of pictures: 1 is a hero picture, 2-4 a scene. */
function sceneRule(state: StateCore) {
	const tokens = state.tokens;
	for (let i = 1; i < tokens.length - 1; i++) {
		const inline = tokens[i];
		if (inline.type !== 'inline' || tokens[i - 1].type !== 'paragraph_open') continue;
		const kids = inline.children ?? [];
		const pics = kids.filter((t) => t.type === 'picture').length;
		const onlyPictures = kids.every(
			(t) =>
				t.type === 'picture' || t.type === 'softbreak' || (t.type === 'text' && !t.content.trim())
		);
		if (!pics || !onlyPictures || pics > 4) continue;
		tokens[i - 1].attrJoin('class', pics === 1 ? 'pic-hero' : 'pic-scene');
		for (const t of kids) if (t.type === 'picture') t.meta = { ...t.meta, big: true };
	}
}

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function picturePlugin(md: MarkdownIt, opts: PicturePluginOptions) {
	md.inline.ruler.before('link', 'picture', pictureRule);
	md.core.ruler.push('picture_scene', sceneRule);
	md.renderer.rules.picture = (tokens, idx, _options, env) => {
		const token = tokens[idx];
		const meta = (token.meta ?? {}) as {
			name?: string;
			alt?: string;
			big?: boolean;
			call?: boolean;
		};
		const pic = resolvePicture({ name: meta.name ?? '', alt: meta.alt }, opts.base(env));
		if (!pic) return `[[${escape(token.content)}]]`;
		const size = meta.big ? 96 : 40;
		const img = `<img class="pic" src="${escape(pic.src)}" alt="${escape(pic.alt)}" width="${size}" height="${size}">`;
		if (!pic.label) return img;
		const label = `<span class="pic-label" aria-hidden="true">${escape(pic.label)}</span>`;
		// The phone drawn with "111" calls 111 when tapped, where a link may sit (the phone-links
		// plugin marks it: not in a button's label, a heading or another link).
		const parts = meta.call ? splitPhones(pic.label) : [];
		const tel = parts.length === 1 ? parts[0].tel : undefined;
		if (tel) return `<a class="pic-labelled pic-call" href="${tel}">${img}${label}</a>`;
		return `<span class="pic-labelled">${img}${label}</span>`;
	};
}
