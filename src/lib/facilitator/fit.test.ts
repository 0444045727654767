import { describe, expect, it } from 'vitest';
import { fitBox, largestFit } from './fit';

describe('largestFit', () => {
	it('keeps full size when it fits', () => {
		expect(largestFit(() => true)).toBe(1);
	});

	it('finds the largest scale that fits, within a step of the answer', () => {
		// Content 1.6 times too tall at full size: fits from 0.625 down.
		const fits = (s: number) => 1.6 * s <= 1;
		const scale = largestFit(fits);
		expect(fits(scale)).toBe(true);
		expect(scale).toBeGreaterThan(0.61);
		expect(scale).toBeLessThanOrEqual(0.625);
	});

	it('stops at the floor when nothing fits', () => {
		expect(largestFit(() => false, 0.5)).toBe(0.5);
	});
});

describe('fitBox', () => {
	it('writes the scale to --fit on the box, measured from its own size', () => {
		const box = document.createElement('div');
		let scale = 1;
		// jsdom has no layout: the box reports a content height proportional to --fit.
		Object.defineProperty(box, 'clientHeight', { value: 500 });
		Object.defineProperty(box, 'clientWidth', { value: 800 });
		Object.defineProperty(box, 'scrollWidth', { get: () => 800 });
		Object.defineProperty(box, 'scrollHeight', {
			get: () => ((scale = Number(box.style.getPropertyValue('--fit'))), 800 * scale)
		});
		const result = fitBox(box);
		expect(result).toBeLessThanOrEqual(0.625);
		expect(result).toBeGreaterThan(0.61);
		expect(box.style.getPropertyValue('--fit')).toBe(String(result));
		expect(box.dataset.fit).toBe(result.toFixed(2));
		expect(scale).toBe(result);
	});
});
