import { trainingList } from '$lib/server/training';

export function load() {
	return { modules: trainingList('phu-huynh'), audience: 'phu-huynh' as const };
}
