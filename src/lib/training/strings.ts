// The training pages' strings: a namespace only the /thay-co/ and /phu-huynh/ layouts import,
// so they ride in the adults' chunks and never in the children's shell.
import vi from '$lib/i18n/locales/vi/training.json';
import { i18n } from '$lib/i18n/i18n.svelte';

i18n.addPageNamespace('training', vi, {
	en: () => import('$lib/i18n/locales/en/training.json').then((m) => m.default)
});
