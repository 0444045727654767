import { lessonAt, lessonEntries } from '$lib/server/content';
import { narrationScript } from '$lib/narration/script';

export const entries = lessonEntries;

// What the leader reads for each screen: text only, never the lesson's player data.
export function load({ params }) {
	const l = lessonAt(params);
	return {
		lesson: { id: l.id, band: l.band, title: l.title, version: l.version },
		screens: narrationScript(l.screens)
	};
}
