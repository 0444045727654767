// The course module made by scripts/vite-content-plugin.ts.
declare module 'virtual:khien-nho/content' {
	import type { Guide, Lesson } from '$lib/content/types';
	/** Vietnamese lessons, by band then order. */
	export const lessons: Lesson[];
	/** Guides, by audience then order. */
	export const guides: Guide[];
}
