// The three card formats and where each part of a card goes. Facebook shows 4:5 (1080x1350)
// in full in the feed; a square suits Zalo and the profile grid; 9:16 is a story.
import type { Box, FitOptions } from './layout';

export const CARD_SIZES = {
	portrait: { w: 1080, h: 1350 },
	square: { w: 1080, h: 1080 },
	story: { w: 1080, h: 1920 }
} as const;
export type CardSize = keyof typeof CARD_SIZES;
export const CARD_SIZE_IDS = Object.keys(CARD_SIZES) as CardSize[];

export type Part = 'heading' | 'message' | 'action' | 'hotline' | 'brand';

export interface CardFrame {
	w: number;
	h: number;
	/** Margin of the coloured frame around the white panel. */
	pad: number;
	panel: Box;
	boxes: Record<Part, Box>;
	fonts: Record<Part, FitOptions & { weight: 400 | 700 }>;
}

/**
 * Boxes for one format: heading, message (the biggest), what to do, the 111 band, the name.
 * A list card (the steps after a threat) has no separate "what to do": its message is the
 * steps, and takes that room too, at a smaller least size.
 */
export function cardFrame(size: CardSize, list = false): CardFrame {
	const { w, h } = CARD_SIZES[size];
	const pad = 48;
	const inner = 64;
	const panel = { x: pad, y: pad, w: w - 2 * pad, h: h - 2 * pad - 120 };
	const x = panel.x + inner;
	const bw = panel.w - 2 * inner;
	// Stories have more height: the message box takes most of it.
	const headingH = size === 'story' ? 150 : 120;
	const actionH = size === 'square' ? 150 : size === 'story' ? 260 : 210;
	const hotlineH = size === 'square' ? 130 : 150;
	const top = panel.y + inner;
	const bottom = panel.y + panel.h - inner;
	const heading = { x, y: top, w: bw, h: headingH };
	const hotline = { x, y: bottom - hotlineH, w: bw, h: hotlineH };
	const action = list
		? { x, y: hotline.y - 32, w: bw, h: 0 }
		: { x, y: hotline.y - 32 - actionH, w: bw, h: actionH };
	const message = { x, y: heading.y + headingH + 40, w: bw, h: 0 };
	message.h = action.y - (list ? 0 : 40) - message.y;
	const brand = { x: pad, y: panel.y + panel.h + 24, w: w - 2 * pad, h: 72 };
	return {
		w,
		h,
		pad,
		panel,
		boxes: { heading, message, action, hotline, brand },
		fonts: {
			heading: { max: 44, min: 28, lineHeight: 1.3, weight: 700 },
			message: {
				max: size === 'story' ? 104 : 92,
				min: list ? 30 : 40,
				lineHeight: 1.25,
				weight: 700,
				bullet: list ? '• ' : undefined
			},
			action: { max: 44, min: 28, lineHeight: 1.3, weight: 400 },
			hotline: { max: 64, min: 36, lineHeight: 1.15, weight: 700 },
			brand: { max: 52, min: 32, lineHeight: 1.2, weight: 700 }
		}
	};
}
