// The studio's strings and the small set the band and play pages need, registered when the
// module that uses them loads: no other page carries them (i18n.addNamespace).
import { i18n } from '$lib/i18n/i18n.svelte';
import customEn from '$lib/i18n/locales/en/custom.json';
import customVi from '$lib/i18n/locales/vi/custom.json';

export function useCustomStrings() {
	i18n.addNamespace('custom', { vi: customVi, en: customEn });
}
