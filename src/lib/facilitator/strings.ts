// The strings of the adults' pages (plans, group mode, printables, the teachers' page): a
// namespace only the /thay-co/ layout imports, so they ride in the adults' chunks and never
// in the children's shell (every children's page carried them before).
import vi from '$lib/i18n/locales/vi/facilitator.json';
import { i18n } from '$lib/i18n/i18n.svelte';

i18n.addPageNamespace('facilitator', vi, {
	en: () => import('$lib/i18n/locales/en/facilitator.json').then((m) => m.default)
});
