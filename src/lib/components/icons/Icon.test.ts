import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Icon from './Icon.svelte';
import { ICONS } from './paths';
import { NAMES, lucideMarkup } from '../../../../scripts/icon-paths.js';

describe('Icon', () => {
	it('draws the Lucide shape as decoration, hidden from screen readers', () => {
		const { container } = render(Icon, { name: 'check', size: 22 });
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('aria-hidden')).toBe('true');
		expect(svg.getAttribute('width')).toBe('22');
		expect(svg.querySelector('path')!.getAttribute('d')).toBe('M20 6 9 17l-5-5');
	});

	it('holds exactly the shapes of the installed Lucide version (re-run scripts/icon-paths.js)', () => {
		expect(Object.keys(ICONS)).toEqual(NAMES);
		for (const name of NAMES as string[])
			expect(ICONS[name as keyof typeof ICONS], name).toBe(lucideMarkup(name));
	});
});
