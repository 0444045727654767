// Generates the app icons from static/favicon.svg (the mascot shield, one source for every
// size) into static/icons/, before `vite build`. The PNGs are build output: git-ignored.
//   icon-192.png, icon-512.png          purpose "any": the shield on a transparent canvas
//   maskable-192.png, maskable-512.png  purpose "maskable": full-bleed background, shield
//                                       inside the 80 % safe circle (any mask shape keeps it)
//   apple-touch-icon.png (180)          opaque (iOS paints transparency black)
// Usage: node scripts/icons.js
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'static', 'favicon.svg');
const outDir = join(root, 'static', 'icons');

/** The app's background colour (tokens.css --c-bg), behind maskable and Apple icons. */
const BACKGROUND = '#fffbf5';

const svg = readFileSync(source, 'utf8');
const viewBox = /viewBox="([\d.\s-]+)"/.exec(svg)?.[1].trim().split(/\s+/).map(Number);
const inner = /<svg[^>]*>([\s\S]*)<\/svg>/.exec(svg)?.[1];
if (!viewBox || viewBox.length !== 4 || !inner) {
	console.error(`${source}: cần một <svg> có viewBox (an <svg> with a viewBox is needed).`);
	process.exit(1);
}
const [vx, vy, vw, vh] = viewBox;

/**
 * The source drawing centred on a square canvas.
 * @param {number} size canvas size in px
 * @param {number} fill share of the canvas the drawing's longer side takes (0-1)
 * @param {string | null} background a colour, or null for transparent
 */
function compose(size, fill, background) {
	const scale = (size * fill) / Math.max(vw, vh);
	const x = (size - vw * scale) / 2 - vx * scale;
	const y = (size - vh * scale) / 2 - vy * scale;
	const bg = background ? `<rect width="${size}" height="${size}" fill="${background}"/>` : '';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" ` +
		`viewBox="0 0 ${size} ${size}">${bg}` +
		`<g transform="translate(${x} ${y}) scale(${scale})">${inner}</g></svg>`
	);
}

// The shield (48 × 56 of 64) fills 90 % of an "any" icon. In a maskable icon its corners must
// stay inside the safe circle (diameter 80 % of the canvas): 64 × 0.68 gives a diagonal of
// about 0.78 of the canvas.
const ICONS = [
	{ file: 'icon-192.png', size: 192, fill: 0.9, background: null },
	{ file: 'icon-512.png', size: 512, fill: 0.9, background: null },
	{ file: 'maskable-192.png', size: 192, fill: 0.68, background: BACKGROUND },
	{ file: 'maskable-512.png', size: 512, fill: 0.68, background: BACKGROUND },
	{ file: 'apple-touch-icon.png', size: 180, fill: 0.8, background: BACKGROUND }
];

mkdirSync(outDir, { recursive: true });
for (const { file, size, fill, background } of ICONS) {
	const png = new Resvg(compose(size, fill, background), { fitTo: { mode: 'original' } })
		.render()
		.asPng();
	writeFileSync(join(outDir, file), png);
}
console.log(`Icons: ${ICONS.length} PNG in static/icons/ (from static/favicon.svg)`);
