import { trainingEntries, trainingModule } from '$lib/server/training';

export const entries = () => trainingEntries('phu-huynh');

// A module plays in the children's lesson player; adults earn no badges.
export function load({ params }) {
	return { lesson: trainingModule('phu-huynh', params.slug), badges: [] };
}
