import { trainingEntries, trainingModule } from '$lib/server/training';

// Slides for the training day: every module (teachers' and parents'), in group mode.
export function entries() {
	return [...trainingEntries('thay-co'), ...trainingEntries('phu-huynh')];
}

export function load({ params }) {
	return { lesson: trainingModule(null, params.slug) };
}
