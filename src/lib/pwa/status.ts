// The sentence that says whether the whole course is on this device (header pill tooltip,
// settings card).
import { t } from '$lib/i18n/i18n.svelte';
import type { CourseState } from './pwa.svelte';

export function courseLine(course: CourseState, cached: number, total: number): string {
	if (course === 'preparing' && total === 0) return t('pwa:status.preparingStart');
	return t(`pwa:status.${course}`, { cached, total });
}
