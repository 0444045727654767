// The fixed vocabularies lessons may use. Adding a term here is a deliberate change:
// the UI has a translated label for each (i18n namespace "content").
export { BANDS, isBand, type Band } from './bands';

export const TOPICS = [
	'personal-info',
	'privacy-settings',
	'strangers',
	'grooming',
	'image-requests',
	'sextortion',
	'body-safety',
	'secrets',
	'trusted-adults',
	'reporting',
	'helping-friends',
	'kindness',
	'passwords',
	'games',
	'online-friends',
	'cyberbullying',
	'digital-footprint',
	'law',
	'consent',
	'scams'
] as const;
export type Topic = (typeof TOPICS)[number];

export const PLATFORMS = [
	'facebook',
	'messenger',
	'zalo',
	'tiktok',
	'snapchat',
	'games',
	'chat'
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const ACTIVITY_TYPES = ['choice', 'chat', 'redflag', 'sort', 'settings'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const GUIDE_AUDIENCES = ['parents', 'teachers'] as const;
export type GuideAudience = (typeof GUIDE_AUDIENCES)[number];
