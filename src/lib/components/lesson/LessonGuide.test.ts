// The guide bounces once when it cheers, unless Settings has motion off ("Tắt").
import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { experience } from '$lib/settings/experience.svelte';
import LessonGuide from './LessonGuide.svelte';

afterEach(() => experience.set('motion', 'auto'));

describe('LessonGuide', () => {
	it('bounces on a cheer, and not on other moods', () => {
		const { container, rerender } = render(LessonGuide, { mood: 'cheering' });
		expect(container.querySelector('.face.bounce')).not.toBeNull();
		rerender({ mood: 'thinking' });
		expect(container.querySelector('.bounce')).toBeNull();
	});

	it('keeps still when Settings has motion off, even while cheering', () => {
		experience.set('motion', 'off');
		const { container } = render(LessonGuide, { mood: 'cheering' });
		expect(container.querySelector('[data-guide="cheering"]')).not.toBeNull();
		expect(container.querySelector('.bounce')).toBeNull();
		experience.set('motion', 'on');
		flushSync();
		expect(container.querySelector('.face.bounce')).not.toBeNull();
	});
});
