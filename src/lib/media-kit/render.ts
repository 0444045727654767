// Draws a share card on a canvas: a band-coloured frame, a white panel with the heading,
// the message and what to do, the 111 band, and the app's name. Every text is laid out by
// layout.ts with the canvas's own `measureText`, so what is measured is what is drawn.
import type { ShareCard } from './cards';
import { HOTLINE_LINE } from './cards';
import { APP_NAME } from './caption';
import { CARD_FONT } from './font';
import { fitText, type Box, type FittedText, type Measure } from './layout';
import { cardFrame, type CardSize, type Part } from './sizes';

// The design tokens (tokens.css): each band's colour, the app's teal for the help cards.
const BAND_COLOUR: Record<string, string> = {
	'6-8': '#15803d',
	'9-10': '#1d4ed8',
	'11-14': '#7e22ce',
	'15-17': '#be123c',
	help: '#0f766e'
};
const TEXT = '#1f2937';
const MUTED = '#4b5563';

/** What was drawn where: each part's box and its measured text, for tests and checks. */
export type CardReport = Record<Part, { box: Box } & Omit<FittedText, 'lines' | 'indents'>>;

export const colourOf = (card: ShareCard) => BAND_COLOUR[card.band ?? 'help'];

export function drawCard(canvas: HTMLCanvasElement, card: ShareCard, size: CardSize): CardReport {
	const f = cardFrame(size, card.list);
	canvas.width = f.w;
	canvas.height = f.h;
	const ctx = canvas.getContext('2d')!;
	const colour = colourOf(card);
	const font = (weight: number, px: number) => `${weight} ${px}px "${CARD_FONT}", sans-serif`;
	const measureWith =
		(weight: number): Measure =>
		(text, px) => {
			ctx.font = font(weight, px);
			return ctx.measureText(text).width;
		};

	ctx.fillStyle = colour;
	ctx.fillRect(0, 0, f.w, f.h);
	ctx.fillStyle = '#ffffff';
	roundRect(ctx, f.panel, 40);
	ctx.fill();

	const report = {} as CardReport;
	const put = (part: Part, text: string, fill: string, align: 'left' | 'center' = 'left') => {
		const o = f.fonts[part];
		const box = f.boxes[part];
		const fit = fitText(text, box, o, measureWith(o.weight));
		ctx.font = font(o.weight, fit.size);
		ctx.fillStyle = fill;
		ctx.textBaseline = 'top';
		ctx.textAlign = align;
		const x = align === 'center' ? box.x + box.w / 2 : box.x;
		// The heading and what to do sit at the top of their boxes; the message, the 111 band
		// and the name are centred in theirs (a short message would leave a hole below it).
		const top = part === 'heading' || part === 'action' ? box.y : box.y + (box.h - fit.height) / 2;
		fit.lines.forEach((line, i) =>
			ctx.fillText(
				line,
				x + fit.indents[i],
				top + i * fit.lineHeight + (fit.lineHeight - fit.size) / 2
			)
		);
		const { lines: _lines, indents: _indents, ...measured } = fit;
		report[part] = { box, ...measured };
	};

	put('heading', card.heading, colour);
	put('message', card.message, TEXT);
	if (card.action) put('action', card.action, MUTED);

	// The 111 band: a rounded bar in the card's colour with white text.
	const hot = f.boxes.hotline;
	ctx.fillStyle = colour;
	roundRect(ctx, hot, 28);
	ctx.fill();
	const inset = { ...hot, x: hot.x + 24, w: hot.w - 48 };
	f.boxes.hotline = inset;
	put('hotline', HOTLINE_LINE, '#ffffff', 'center');
	put('brand', APP_NAME, '#ffffff', 'center');
	return report;
}

function roundRect(ctx: CanvasRenderingContext2D, b: Box, r: number) {
	ctx.beginPath();
	ctx.roundRect(b.x, b.y, b.w, b.h, r);
}

/** The canvas as a PNG file, named after the card and its size. */
export function cardFile(canvas: HTMLCanvasElement, name: string): Promise<File> {
	return new Promise((ok, fail) =>
		canvas.toBlob(
			(blob) =>
				blob ? ok(new File([blob], name, { type: 'image/png' })) : fail(new Error('toBlob')),
			'image/png'
		)
	);
}
