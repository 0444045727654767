// The one picture syntax authors write: [[điện thoại]] or [[điện thoại|chữ thay thế riêng]].
// Shared by the markdown-it rule, the build check and the plain-text fields of parse.ts.
import { lookupPicture, pictureSrc } from './dictionary';
import type { Image } from '../content/types';

/** Every [[...]] in a line; group 1 is the name, group 2 the author's own alt text. */
export const PICTURE_RE = /\[\[([^[\]|\n]*)(?:\|([^[\]\n]*))?\]\]/g;

export interface PictureRef {
	name: string;
	alt?: string;
}

export function parseRef(inner: string): PictureRef {
	const bar = inner.indexOf('|');
	if (bar < 0) return { name: inner.trim() };
	const alt = inner.slice(bar + 1).trim();
	return alt ? { name: inner.slice(0, bar).trim(), alt } : { name: inner.slice(0, bar).trim() };
}

/** The picture a reference stands for, or null when the name is not in the dictionary. */
export function resolvePicture(ref: PictureRef, base = ''): (Image & { label?: string }) | null {
	const entry = lookupPicture(ref.name);
	if (!entry) return null;
	const pic = { src: pictureSrc(entry.icon, base), alt: ref.alt ?? entry.alt };
	return entry.label ? { ...pic, label: entry.label } : pic;
}

/** Text with its [[...]] taken out (for bin names, contact names, card text). */
export function stripPictures(src: string): string {
	return src.replace(PICTURE_RE, ' ').replace(/\s+/g, ' ').trim();
}

/** `{ picture }` for the first known picture in a plain-text field, or `{}`: spread it in. */
export function pictureOf(src: string, base = ''): { picture?: Image } {
	for (const m of src.matchAll(PICTURE_RE)) {
		const pic = resolvePicture(
			{ name: m[1].trim(), ...(m[2]?.trim() ? { alt: m[2].trim() } : {}) },
			base
		);
		if (pic) return { picture: { src: pic.src, alt: pic.alt } };
	}
	return {};
}
