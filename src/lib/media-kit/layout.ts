// Text layout for the share cards, kept apart from the canvas so it can be tested with a
// fake measure: words are wrapped to the box's width and the size shrinks until every line
// fits, never below the smallest size a phone feed still shows legibly.

/** Width of `text` at `size` px, e.g. a canvas's `measureText` with the font set. */
export type Measure = (text: string, size: number) => number;

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface FitOptions {
	max: number;
	min: number;
	/** Line height as a multiple of the font size. */
	lineHeight: number;
	/** Each paragraph starts on a new line; list items get this prefix (e.g. "• "). */
	bullet?: string;
}

export interface FittedText {
	size: number;
	lineHeight: number;
	lines: string[];
	/** Left offset of each line: a list item's wrapped lines hang under its text, not its bullet. */
	indents: number[];
	/** Widest line and total height, as measured: both within the box when `fits`. */
	width: number;
	height: number;
	fits: boolean;
}

/** Words of one paragraph across lines no wider than `width`; a word too long is split. */
export function wrap(text: string, width: number, size: number, measure: Measure): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (measure(candidate, size) <= width) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = word;
		// A single word wider than the box (a long link): cut it by characters.
		while (measure(line, size) > width && line.length > 1) {
			let cut = line.length - 1;
			while (cut > 1 && measure(line.slice(0, cut), size) > width) cut--;
			lines.push(line.slice(0, cut));
			line = line.slice(cut);
		}
	}
	if (line) lines.push(line);
	return lines;
}

function layoutAt(text: string, box: Box, size: number, o: FitOptions, measure: Measure) {
	const lines: string[] = [];
	const indents: number[] = [];
	const hang = o.bullet ? measure(o.bullet, size) : 0;
	for (const p of text
		.split('\n')
		.map((p) => p.trim())
		.filter(Boolean)) {
		wrap(p, box.w - hang, size, measure).forEach((line, i) => {
			lines.push(o.bullet && i === 0 ? `${o.bullet}${line}` : line);
			indents.push(i === 0 ? 0 : hang);
		});
	}
	const width = Math.max(0, ...lines.map((l, i) => indents[i] + measure(l, size)));
	const height = lines.length * size * o.lineHeight;
	return { lines, indents, width, height };
}

/**
 * The largest size from `max` down to `min` (2 px steps) at which `text` fits `box`. If even
 * `min` is too big, the last lines that fit end in "…" and `fits` is false, so a caller (and a
 * test) can see it: the text still never leaves its box.
 */
export function fitText(text: string, box: Box, o: FitOptions, measure: Measure): FittedText {
	for (let size = o.max; size >= o.min; size -= 2) {
		const l = layoutAt(text, box, size, o, measure);
		if (l.height <= box.h && l.width <= box.w)
			return { size, lineHeight: size * o.lineHeight, ...l, fits: true };
	}
	const size = o.min;
	const all = layoutAt(text, box, size, o, measure);
	const room = Math.max(1, Math.floor(box.h / (size * o.lineHeight)));
	const lines = all.lines.slice(0, room);
	const indents = all.indents.slice(0, room);
	const n = lines.length - 1;
	let last = lines[n] ?? '';
	while (last && indents[n] + measure(`${last}…`, size) > box.w) last = last.slice(0, -1);
	lines[n] = `${last.trimEnd()}…`;
	return {
		size,
		lineHeight: size * o.lineHeight,
		lines,
		indents,
		width: Math.max(0, ...lines.map((l, i) => indents[i] + measure(l, size))),
		height: lines.length * size * o.lineHeight,
		fits: false
	};
}
