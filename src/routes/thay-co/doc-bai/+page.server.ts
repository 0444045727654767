import narration from '$lib/i18n/locales/vi/narration.json';

// The recorder's strings travel with this page only (i18n.provide).
export function load() {
	return { narration };
}
