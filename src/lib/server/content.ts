// The content set for prerendering, loaded once per build process.
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { loadContent, formatError, type ContentSet } from '$lib/content/load';
import type { Band } from '$lib/content/vocab';
import type { LessonMeta } from '$lib/content/types';

let cache: ContentSet | null = null;

export function content(): ContentSet {
	if (!cache) {
		// CONTENT_DIR lets the benchmark build a synthetic course of any size.
		cache = loadContent({ root: process.cwd(), base, contentDir: process.env.CONTENT_DIR });
		if (cache.errors.length) throw new Error(cache.errors.map(formatError).join('\n'));
	}
	return cache;
}

/** Lesson metadata only: what lists and cards need, without the screens. */
export function lessonMeta(band?: Band): LessonMeta[] {
	return content()
		.lessons.filter((l) => !band || l.band === band)
		.map(
			({ screens: _s, discuss: _d, facilitator: _f, parents: _p, ...meta }) =>
				meta satisfies LessonMeta
		);
}

/** The parameters of every `[band]/[slug]` page, one per lesson, for prerendering. */
export function lessonEntries() {
	return content().lessons.map((l) => ({ band: l.band, slug: l.slug }));
}

/** The whole lesson at a `[band]/[slug]` page; each route keeps only what it shows. */
export function lessonAt(params: { band: string; slug: string }) {
	const lesson = content().lessons.find((l) => l.band === params.band && l.slug === params.slug);
	if (!lesson) error(404);
	return lesson;
}

export function guidesFor(audience: string) {
	return content()
		.guides.filter((g) => g.audience === audience)
		.map(({ body: _b, toc: _t, ...meta }) => meta);
}

export function findGuide(audience: string, slug: string) {
	return content().guides.find((g) => g.audience === audience && g.slug === slug);
}

/** A lesson as children see it, alone or as a class: without the adults' plan and note. */
export function learnersLesson(params: { band: string; slug: string }) {
	const { facilitator: _f, parents: _p, ...lesson } = lessonAt(params);
	return lesson;
}
