// The course module made by scripts/vite-content-plugin.ts.
declare module 'virtual:khien-nho/content' {
	import type { Guide, Lesson } from '$lib/content/types';
	import type { TrainingModule } from '$lib/content/training';
	/** Vietnamese lessons, by band then order. */
	export const lessons: Lesson[];
	/** Guides, by audience then order. */
	export const guides: Guide[];
	/** The adults' practice modules (content/tap-huan/), by audience then order. */
	export const training: TrainingModule[];
}
