// The kit's UI strings: a namespace only the kit's pages import, so they ride in the kit's
// chunk and never in the children's shell.
import vi from '$lib/i18n/locales/vi/media-kit.json';
import { i18n } from '$lib/i18n/i18n.svelte';

i18n.addPageNamespace('media-kit', vi, {
	en: () => import('$lib/i18n/locales/en/media-kit.json').then((m) => m.default)
});
