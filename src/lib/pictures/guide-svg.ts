// The guide (the shield mascot) in its five moods, as standalone SVG files /hinh/khien-<mood>.svg
// written at build time by scripts/vite-pictures-plugin.ts: cached like the other pictures, so
// the faces cost the lesson's JavaScript nothing. Drawn here, on the logo's own 64x64 shield.
import type { GuideMood } from '../lesson/guide';

export const GUIDE_MOODS: readonly GuideMood[] = [
	'hello',
	'thinking',
	'cheering',
	'encouraging',
	'calm'
];

const INK = '#1f2937';
const eyes = (dx = 0, dy = 0) =>
	`<circle cx="${24 + dx}" cy="${28 + dy}" r="3.5" fill="${INK}"/><circle cx="${40 + dx}" cy="${28 + dy}" r="3.5" fill="${INK}"/>` +
	`<circle cx="${25.2 + dx}" cy="${26.8 + dy}" r="1.1" fill="#fff"/><circle cx="${41.2 + dx}" cy="${26.8 + dy}" r="1.1" fill="#fff"/>`;
const lines = (d: string) =>
	`<path d="${d}" fill="none" stroke="${INK}" stroke-width="2.5" stroke-linecap="round"/>`;

const FACES: Record<GuideMood, string> = {
	// A smile and a waving hand.
	hello:
		eyes() +
		lines('M25 37q7 6 14 0') +
		'<g stroke="#b45309" stroke-width="1.5" stroke-linecap="round"><circle cx="6" cy="30" r="4.5" fill="#fde68a"/><path d="M2 22l-1.5-2M6 21v-2.5M10 22l1.5-2" fill="none"/></g>',
	// Eyes looking up, a straight mouth, a thought bubble.
	thinking:
		eyes(1.5, -1.5) +
		lines('M27 39.5h8') +
		'<circle cx="54" cy="9" r="2" fill="#94a3b8"/><circle cx="59" cy="4" r="2.8" fill="#94a3b8"/>',
	// Happy closed eyes, an open smile, two sparkles.
	cheering:
		lines('M20.5 29q3.5-5 7 0M36.5 29q3.5-5 7 0') +
		`<path d="M24 36q8 9 16 0Z" fill="${INK}"/>` +
		'<path d="M7 6l1.5 3.5L12 11l-3.5 1.5L7 16l-1.5-3.5L2 11l3.5-1.5Z" fill="#f59e0b"/><path d="M57 4l1.2 2.8L61 8l-2.8 1.2L57 12l-1.2-2.8L53 8l2.8-1.2Z" fill="#f59e0b"/>',
	// Raised eyebrows, a warm smile, a small heart: "try again, you can".
	encouraging:
		eyes() +
		lines('M20 21.5q4-3 8 0M36 21.5q4-3 8 0M25 36.5q7 6 14 0') +
		'<path d="M55 40c-2-3-7-1-5 3l5 5 5-5c2-4-3-6-5-3Z" fill="#e11d48"/>',
	// Softly closed eyes and a small, quiet smile: present, never celebrating.
	calm: lines('M20.5 27.5q3.5 3.5 7 0M36.5 27.5q3.5 3.5 7 0M27 37.5q5 3.5 10 0')
};

export function guideSvg(mood: GuideMood): string {
	return (
		'<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">' +
		'<path d="M32 4 8 12v18c0 15 10.5 25.5 24 30 13.5-4.5 24-15 24-30V12L32 4Z" fill="#0f766e" stroke="#115e59" stroke-width="2"/>' +
		'<path d="M32 9 13 15.5V30c0 12 8.3 20.6 19 24.6 10.7-4 19-12.6 19-24.6V15.5L32 9Z" fill="#5eead4"/>' +
		'<circle cx="19" cy="35" r="3" fill="#fda4af" opacity="0.8"/><circle cx="45" cy="35" r="3" fill="#fda4af" opacity="0.8"/>' +
		FACES[mood] +
		'<path d="M32 4v5" stroke="#115e59" stroke-width="2"/></svg>'
	);
}
