import { t } from '$lib/i18n/i18n.svelte';

/** The label of a badge id: 'first-lesson', 'band:<band>' or 'topic:<topic>'. */
export function badgeLabel(id: string): string {
	const [kind, value] = id.split(':');
	if (kind === 'band') return t('progress:badges.band', { band: t(`common:bands.${value}.age`) });
	if (kind === 'topic') return t('progress:badges.topic', { topic: t(`content:topics.${value}`) });
	return t('progress:badges.first-lesson');
}
