import { json } from '@sveltejs/kit';
import { isCourseFile } from '$lib/content/course';
import { lessonPathInfo } from '$lib/content/parse';

export const prerender = true;

// The raw Markdown of the course's Vietnamese lessons, for "Sao chép bài này để sửa" in the
// studio only: prerendered once (and precached, so copying works offline); no child's page
// fetches it. From Vite's graph, as the course itself is (scripts/vite-content-plugin.ts).
const files = import.meta.glob('/content/*/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});

export function GET() {
	const sources: Record<string, string> = {};
	for (const [file, source] of Object.entries(files)) {
		const path = file.slice(1);
		const info = lessonPathInfo(path);
		if (isCourseFile(path) && info?.lang === 'vi') sources[path] = source as string;
	}
	return json(sources);
}
