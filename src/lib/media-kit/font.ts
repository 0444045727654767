// The app's own font (Be Vietnam Pro, the same self-hosted files as the pages) registered
// under a name of its own for the canvas. The pages use `font-display: optional`, so the
// page's face may never be "loaded" on a slow first visit; these faces are loaded outright,
// from the precache when offline, before any card is drawn.
import vi400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2?url';
import latin400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2?url';
import vi700 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-700-normal.woff2?url';
import latin700 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-700-normal.woff2?url';

export const CARD_FONT = 'Khien Nho Card';

// The unicode ranges of the fontsource subsets (as in styles/fonts.css).
const VI =
	'U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303-0304, U+0308-0309, U+0323, U+0329, U+1EA0-1EF9, U+20AB';
const LATIN =
	'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';

const FILES = [
	{ url: vi400, weight: '400', unicodeRange: VI },
	{ url: latin400, weight: '400', unicodeRange: LATIN },
	{ url: vi700, weight: '700', unicodeRange: VI },
	{ url: latin700, weight: '700', unicodeRange: LATIN }
];

let ready: Promise<void> | null = null;

/** Loads the four files once; rejects (and lets a later call retry) if one cannot be read. */
export function loadCardFont(): Promise<void> {
	ready ??= (async () => {
		const faces = FILES.map(
			(f) =>
				new FontFace(CARD_FONT, `url(${f.url}) format('woff2')`, {
					weight: f.weight,
					unicodeRange: f.unicodeRange
				})
		);
		for (const face of faces) document.fonts.add(face);
		await Promise.all(faces.map((f) => f.load()));
		// Both weights with Vietnamese letters, as the canvas will ask for them.
		await Promise.all([
			document.fonts.load(`400 40px "${CARD_FONT}"`, 'Khiên Nhỏ ệ'),
			document.fonts.load(`700 40px "${CARD_FONT}"`, 'Khiên Nhỏ ệ')
		]);
	})().catch((e) => {
		ready = null;
		throw e;
	});
	return ready;
}
