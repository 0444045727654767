// The adults' practice modules for prerendering (issue 24): lists carry metadata only, a
// module page carries its own module without the trainer's notes.
import { error } from '@sveltejs/kit';
import { content } from './content';
import type { TrainingAudience } from '$lib/content/training';

export function trainingList(audience: TrainingAudience) {
	return content()
		.training.filter((m) => m.audience === audience)
		.map(({ id, slug, title, summary, duration, objectives }) => ({
			id,
			slug,
			title,
			summary,
			duration,
			objectives
		}));
}

export function trainingEntries(audience: TrainingAudience) {
	return trainingList(audience).map((m) => ({ slug: m.slug }));
}

/** A module as the adult plays it: the lesson player's shape, without the trainer's notes. */
export function trainingModule(audience: TrainingAudience | null, slug: string) {
	const found = content().training.find(
		(m) => (audience === null || m.audience === audience) && m.slug === slug
	);
	if (!found) error(404);
	const { facilitator: _f, parents: _p, audience: _a, ...lesson } = found;
	return lesson;
}

/** The trainer's notes of every module, for the training day's kit. */
export function trainingPlans() {
	return content().training.map((m) => ({
		id: m.id,
		slug: m.slug,
		audience: m.audience,
		title: m.title,
		duration: m.duration,
		objectives: m.objectives,
		keyMessages: m.keyMessages,
		facilitator: m.facilitator
	}));
}
