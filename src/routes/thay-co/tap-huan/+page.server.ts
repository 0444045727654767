import { trainingList } from '$lib/server/training';

export function load() {
	return { modules: trainingList('thay-co'), audience: 'thay-co' as const };
}
