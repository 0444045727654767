import help from '$lib/i18n/locales/vi/help.json';
import { lessonMeta } from '$lib/server/content';
import { buildCards } from '$lib/media-kit/cards';

export function load() {
	const lessons = lessonMeta();
	return {
		cards: buildCards(lessons, help),
		lessonCount: lessons.length,
		bandCount: new Set(lessons.map((l) => l.band)).size
	};
}
