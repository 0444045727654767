import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import PhoneText from './PhoneText.svelte';

describe('PhoneText', () => {
	it('writes the sentence as text with each hotline number as a call link', () => {
		const { container } = render(PhoneText, {
			text: 'Hoặc gọi 111. Nguy hiểm thì gọi 113; xem tongdai111.vn.'
		});
		const links = [...container.querySelectorAll('a')];
		expect(links.map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
			['tel:111', '111'],
			['tel:113', '113']
		]);
		expect(container.textContent).toBe('Hoặc gọi 111. Nguy hiểm thì gọi 113; xem tongdai111.vn.');
	});

	it('renders markup in a string as text, never as HTML', () => {
		const { container } = render(PhoneText, { text: '<img src=x onerror=alert(1)> gọi 111' });
		expect(container.querySelector('img')).toBeNull();
		expect(container.textContent).toBe('<img src=x onerror=alert(1)> gọi 111');
	});
});
