// The report's strings: a namespace of its own, added by the pages that use it (resources.ts
// keeps it out of the bundle every other page carries).
import { i18n, t } from '$lib/i18n/i18n.svelte';
import en from '$lib/i18n/locales/en/report.json';
import vi from '$lib/i18n/locales/vi/report.json';

i18n.addBundles('report', { vi, en });

/** 0.734 -> "73%"; null -> "< 5". */
export function pct(value: number | null | undefined): string {
	if (value === null || value === undefined) return t('report:takers.hidden');
	return t('report:percent', { value: Math.round(value * 100) });
}
