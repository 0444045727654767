// The course for prerendering: a module of Vite's graph (scripts/vite-content-plugin.ts),
// parsed once per build by the plugin, reloaded in dev when a lesson changes. A broken
// lesson never gets here: the plugin fails the build instead.
import { error } from '@sveltejs/kit';
import { guides, lessons, training } from 'virtual:khien-nho/content';
import type { TrainingModule } from '$lib/content/training';
import type { Band } from '$lib/content/bands';
import type { Guide, Lesson, LessonMeta } from '$lib/content/types';

export function content(): { lessons: Lesson[]; guides: Guide[]; training: TrainingModule[] } {
	return { lessons, guides, training };
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
