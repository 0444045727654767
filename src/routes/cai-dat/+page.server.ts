import voice from '$lib/i18n/locales/vi/voice.json';

// The "Giọng đọc tiếng Việt" card's strings travel with this page only (i18n.provide).
export function load() {
	return { voice };
}
