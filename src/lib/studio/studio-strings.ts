// The studio page's own strings (its chunk only).
import { i18n } from '$lib/i18n/i18n.svelte';
import en from '$lib/i18n/locales/en/studio.json';
import vi from '$lib/i18n/locales/vi/studio.json';
import { useCustomStrings } from './strings';

export function useStudioStrings() {
	i18n.addNamespace('studio', { vi, en });
	useCustomStrings();
}
