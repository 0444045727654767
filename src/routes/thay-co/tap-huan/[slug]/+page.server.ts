import { trainingEntries, trainingModule } from '$lib/server/training';

export const entries = () => trainingEntries('thay-co');

// A module plays in the children's lesson player; adults earn no badges.
export function load({ params }) {
	return { lesson: trainingModule('thay-co', params.slug), badges: [] };
}
