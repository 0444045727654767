// The built-in avatars and code pictures, drawn with a few simple shapes (viewBox 64×64).
// No remote images, no emoji: they look the same on every device and work offline.
import type { AvatarId, PictureId } from '$lib/progress/model';

export type Shape =
	| { c: [cx: number, cy: number, r: number]; f: string }
	| { e: [cx: number, cy: number, rx: number, ry: number]; f: string }
	| { p: string; f: string; s?: string; w?: number };

const INK = '#1f2937';
const eyes = (y = 30, dx = 8, r = 2.6): Shape[] => [
	{ c: [32 - dx, y, r], f: INK },
	{ c: [32 + dx, y, r], f: INK }
];
const bigEyes = (y: number, dx: number, r: number): Shape[] => [
	{ c: [32 - dx, y, r], f: '#fff' },
	{ c: [32 + dx, y, r], f: '#fff' },
	...eyes(y, dx, r * 0.45)
];

export const AVATAR_ART: Record<AvatarId, { bg: string; shapes: Shape[] }> = {
	cat: {
		bg: '#fde68a',
		shapes: [
			{ p: 'M14 28 L17 8 L30 18 Z M50 28 L47 8 L34 18 Z', f: '#ea580c' },
			{ c: [32, 35, 18], f: '#f97316' },
			...eyes(31),
			{ p: 'M29 38 H35 L32 41.5 Z', f: '#be185d' },
			{ p: 'M12 38 L24 40 M12 44 L24 42 M52 38 L40 40 M52 44 L40 42', f: 'none', s: INK, w: 1.4 }
		]
	},
	dog: {
		bg: '#bfdbfe',
		shapes: [
			{ c: [32, 34, 17], f: '#d6a36b' },
			{ e: [15, 31, 6, 13], f: '#7c4a1e' },
			{ e: [49, 31, 6, 13], f: '#7c4a1e' },
			...eyes(30),
			{ e: [32, 42, 8, 6], f: '#f5e6d0' },
			{ e: [32, 39.5, 3.5, 2.5], f: INK }
		]
	},
	rabbit: {
		bg: '#fbcfe8',
		shapes: [
			{ e: [24, 15, 5, 13], f: '#f5f5f4' },
			{ e: [40, 15, 5, 13], f: '#f5f5f4' },
			{ e: [24, 15, 2.5, 9], f: '#f9a8d4' },
			{ e: [40, 15, 2.5, 9], f: '#f9a8d4' },
			{ c: [32, 38, 16], f: '#f5f5f4' },
			...eyes(36, 7),
			{ c: [32, 42, 2.4], f: '#ec4899' }
		]
	},
	bear: {
		bg: '#d9f99d',
		shapes: [
			{ c: [17, 20, 7], f: '#92400e' },
			{ c: [47, 20, 7], f: '#92400e' },
			{ c: [32, 35, 18], f: '#b45309' },
			...eyes(31),
			{ e: [32, 42, 8, 6], f: '#fcd34d' },
			{ e: [32, 40, 3, 2.2], f: INK }
		]
	},
	buffalo: {
		bg: '#a7f3d0',
		shapes: [
			{
				p: 'M9 23 Q10 9 24 16 L22 21 Q15 16 9 23 Z M55 23 Q54 9 40 16 L42 21 Q49 16 55 23 Z',
				f: '#e7e5e4',
				s: '#44403c',
				w: 1.2
			},
			{ e: [32, 36, 15, 18], f: '#57534e' },
			...bigEyes(30, 7, 3.6),
			{ e: [32, 46, 10, 7], f: '#a8a29e' },
			{ c: [28, 46, 1.6], f: INK },
			{ c: [36, 46, 1.6], f: INK }
		]
	},
	duck: {
		bg: '#bae6fd',
		shapes: [
			{ p: 'M30 16 Q30 8 36 10 Q32 12 33 16 Z', f: '#eab308' },
			{ c: [32, 33, 17], f: '#facc15' },
			...eyes(29),
			{ e: [32, 41, 10, 4.5], f: '#f97316' }
		]
	},
	frog: {
		bg: '#fef3c7',
		shapes: [
			{ c: [21, 24, 8], f: '#22c55e' },
			{ c: [43, 24, 8], f: '#22c55e' },
			{ e: [32, 39, 21, 15], f: '#22c55e' },
			...bigEyes(24, 11, 5),
			{ p: 'M22 42 Q32 50 42 42', f: 'none', s: INK, w: 2 },
			{ c: [17, 40, 3], f: '#f9a8d4' },
			{ c: [47, 40, 3], f: '#f9a8d4' }
		]
	},
	owl: {
		bg: '#ddd6fe',
		shapes: [
			{ p: 'M15 22 L17 7 L27 16 Z M49 22 L47 7 L37 16 Z', f: '#854d0e' },
			{ e: [32, 36, 18, 20], f: '#a16207' },
			{ e: [32, 48, 10, 7], f: '#fde68a' },
			...bigEyes(30, 7.5, 6.5),
			{ p: 'M29 36 H35 L32 41 Z', f: '#f59e0b' }
		]
	},
	fish: {
		bg: '#a5f3fc',
		shapes: [
			{ p: 'M44 32 L58 21 L58 43 Z', f: '#ea580c' },
			{ p: 'M26 23 Q31 12 38 23 Z', f: '#ea580c' },
			{ e: [29, 32, 18, 12], f: '#fb923c' },
			{ c: [21, 29, 3.6], f: '#fff' },
			{ c: [21, 29, 1.8], f: INK },
			{ p: 'M14 36 Q18 39 22 36', f: 'none', s: INK, w: 1.6 }
		]
	},
	turtle: {
		bg: '#fecaca',
		shapes: [
			{ c: [51, 34, 7], f: '#86efac' },
			{ e: [20, 44, 5, 4], f: '#86efac' },
			{ e: [40, 44, 5, 4], f: '#86efac' },
			{ p: 'M8 42 Q29 4 50 42 Z', f: '#15803d' },
			{ p: 'M18 40 L22 28 L36 28 L40 40 M29 17 V28', f: 'none', s: '#bbf7d0', w: 1.6 },
			{ c: [53, 32, 1.6], f: INK }
		]
	},
	elephant: {
		bg: '#e0e7ff',
		shapes: [
			{ e: [14, 30, 10, 13], f: '#94a3b8' },
			{ e: [50, 30, 10, 13], f: '#94a3b8' },
			{ c: [32, 29, 14], f: '#a1a1aa' },
			{ p: 'M27 36 Q26 53 36 55 Q41 55 39 50 Q34 49 37 36 Z', f: '#a1a1aa' },
			...eyes(27, 6)
		]
	},
	pig: {
		bg: '#cffafe',
		shapes: [
			{ p: 'M15 24 L16 10 L27 18 Z M49 24 L48 10 L37 18 Z', f: '#ec4899' },
			{ c: [32, 34, 18], f: '#f9a8d4' },
			...eyes(29),
			{ e: [32, 40, 8, 5.5], f: '#f472b6' },
			{ c: [29, 40, 1.6], f: '#831843' },
			{ c: [35, 40, 1.6], f: '#831843' }
		]
	}
};

export const PICTURE_ART: Record<PictureId, Shape[]> = {
	sun: [
		{
			p: 'M32 4 V14 M32 50 V60 M4 32 H14 M50 32 H60 M12 12 L19 19 M45 45 L52 52 M52 12 L45 19 M19 45 L12 52',
			f: 'none',
			s: '#d97706',
			w: 4
		},
		{ c: [32, 32, 12], f: '#f59e0b' }
	],
	moon: [{ p: 'M38 6 A26 26 0 1 0 58 44 A20 20 0 0 1 38 6 Z', f: '#ca8a04' }],
	star: [
		{ p: 'M32 5 L39.5 24 L59 24 L43 36 L49 56 L32 44 L15 56 L21 36 L5 24 L24.5 24 Z', f: '#eab308' }
	],
	tree: [
		{ p: 'M28 38 H36 V60 H28 Z', f: '#92400e' },
		{ c: [32, 25, 18], f: '#16a34a' }
	],
	flower: [
		{ p: 'M32 40 V60', f: 'none', s: '#16a34a', w: 4 },
		{ c: [32, 12, 8], f: '#ec4899' },
		{ c: [46, 22, 8], f: '#ec4899' },
		{ c: [41, 38, 8], f: '#ec4899' },
		{ c: [23, 38, 8], f: '#ec4899' },
		{ c: [18, 22, 8], f: '#ec4899' },
		{ c: [32, 26, 7], f: '#facc15' }
	],
	house: [
		{ p: 'M14 30 H50 V58 H14 Z', f: '#fca5a5' },
		{ p: 'M6 32 L32 8 L58 32 Z', f: '#dc2626' },
		{ p: 'M27 42 H37 V58 H27 Z', f: '#7c2d12' }
	],
	boat: [
		{ p: 'M32 6 V40', f: 'none', s: '#78350f', w: 3 },
		{ p: 'M34 8 L54 38 H34 Z', f: '#f97316' },
		{ p: 'M30 14 V38 H14 Z', f: '#fdba74' },
		{ p: 'M6 42 H58 L49 56 H15 Z', f: '#2563eb' }
	],
	heart: [
		{
			p: 'M32 56 C12 42 5 30 12 19 C18 10 28 11 32 19 C36 11 46 10 52 19 C59 30 52 42 32 56 Z',
			f: '#dc2626'
		}
	],
	cloud: [
		{ c: [21, 38, 11], f: '#60a5fa' },
		{ c: [34, 30, 14], f: '#60a5fa' },
		{ c: [47, 38, 10], f: '#60a5fa' },
		{ p: 'M21 38 H47 V48 H21 Z', f: '#60a5fa' }
	]
};
