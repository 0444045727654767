// The studio page's own strings (its chunk only).
import { i18n } from '$lib/i18n/i18n.svelte';
import en from './locales/en.json';
import vi from './locales/vi.json';
import { useCustomStrings } from './strings';

export function useStudioStrings() {
	i18n.addNamespace('studio', { vi, en });
	useCustomStrings();
}
