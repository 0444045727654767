import { lessonAt, lessonEntries } from '$lib/server/content';

export const entries = lessonEntries;

// The plan is for adults: everything but the screens themselves.
export function load({ params }) {
	const lesson = lessonAt(params);
	const { screens: _s, ...plan } = lesson;
	return { plan };
}
