import { trainingList } from '$lib/server/training';

export function load() {
	const pick = ({ id, slug, title }: { id: string; slug: string; title: string }) => ({
		id,
		slug,
		title
	});
	return { modules: [...trainingList('thay-co'), ...trainingList('phu-huynh')].map(pick) };
}
