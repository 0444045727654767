// @vitest-environment node
// Text colour pairs from tokens.css must meet WCAG 2.2 AA contrast (4.5:1).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/lib/styles/tokens.css', 'utf8');
const tokens = Object.fromEntries(
	[...css.matchAll(/(--c-[a-z0-9-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]])
);

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
	const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (l1 + 0.05) / (l2 + 0.05);
}

const color = (name: string) => {
	if (name === 'white') return '#ffffff';
	const v = tokens[`--c-${name}`];
	if (!v) throw new Error(`token --c-${name} is missing`);
	return v;
};

// [text, background] as used by the components.
const PAIRS: [string, string][] = [
	['text', 'bg'],
	['text', 'surface'],
	['text', 'surface-2'],
	['text-muted', 'bg'],
	['text-muted', 'surface'],
	['text-muted', 'surface-2'],
	['primary', 'bg'],
	['primary', 'surface'],
	['primary', 'primary-soft'],
	['primary-strong', 'surface'],
	['on-primary', 'primary'],
	['on-primary', 'primary-strong'],
	['accent', 'surface'],
	['good', 'good-soft'],
	['warn', 'warn-soft'],
	['info', 'info-soft'],
	['help', 'help-soft'],
	['help', 'surface'],
	['white', 'help'],
	['white', 'info'],
	['text', 'info-soft'],
	['text', 'help-soft'],
	['band-6-8', 'band-6-8-soft'],
	['band-9-10', 'band-9-10-soft'],
	['band-11-14', 'band-11-14-soft'],
	['band-15-17', 'band-15-17-soft'],
	['text', 'band-6-8-soft'],
	['text', 'band-15-17-soft'],
	['white', 'band-6-8'],
	['white', 'band-9-10'],
	['white', 'band-11-14'],
	['white', 'band-15-17']
];

describe('design tokens', () => {
	it('computes contrast correctly', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 0);
		expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
	});
	it.each(PAIRS)('%s on %s meets 4.5:1', (fg, bg) => {
		expect(contrast(color(fg), color(bg))).toBeGreaterThanOrEqual(4.5);
	});
});
