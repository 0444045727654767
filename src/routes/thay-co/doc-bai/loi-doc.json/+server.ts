import { json } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import { narrationScript, type NarrationLesson } from '$lib/narration/script';

export const prerender = true;

// What a club leader reads for every screen of every lesson, in one file fetched only by the
// recorder page once an adult has opened it (one recorder page per lesson would have added
// about 170 KB of HTML to the install).
export function GET() {
	const lessons: NarrationLesson[] = content().lessons.map((l) => ({
		id: l.id,
		band: l.band,
		title: l.title,
		version: l.version,
		screens: narrationScript(l.screens)
	}));
	return json(lessons);
}
