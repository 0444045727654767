// The course as the build sees it, for tests that visit every page.
import { loadContent } from '../../src/lib/content/load';

export const course = loadContent({ root: process.cwd() });

export const lessonRoutes = course.lessons.map((l) => `${l.band}/${l.slug}/`);

export const staticRoutes = [
	'',
	'6-8/',
	'9-10/',
	'11-14/',
	'15-17/',
	'tro-giup/',
	'nguoi-hoc/',
	'cai-dat/',
	'rieng-tu/',
	'phu-huynh/',
	'thay-co/',
	'tu-dien/'
];

export const guideRoutes = course.guides
	.filter((g) => g.audience !== 'glossary')
	.map((g) => `${g.audience === 'parents' ? 'phu-huynh' : 'thay-co'}/${g.slug}/`);

export const allRoutes = [...staticRoutes, ...guideRoutes, ...lessonRoutes];
