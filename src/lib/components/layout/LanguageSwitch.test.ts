import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import LanguageSwitch from './LanguageSwitch.svelte';
import Footer from './Footer.svelte';
import { i18n } from '$lib/i18n/i18n.svelte';

afterEach(async () => {
	localStorage.clear();
	await i18n.set('vi');
});

describe('LanguageSwitch', () => {
	it('switches the interface to English, remembers it and sets <html lang>', async () => {
		const user = userEvent.setup();
		render(Footer);
		expect(screen.getByRole('link', { name: 'Dành cho phụ huynh' })).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'English' }));
		expect(await screen.findByRole('link', { name: 'For parents' })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
		expect(document.documentElement.lang).toBe('en');
		expect(localStorage.getItem('khien-nho:lang')).toBe('en');
	});

	it('remembers the choice at once, before the English strings have loaded', async () => {
		const pending = i18n.set('en');
		// The child may leave the page straight after the tap; the next page reads this.
		expect(localStorage.getItem('khien-nho:lang')).toBe('en');
		expect(i18n.lang).toBe('vi');
		await pending;
		expect(i18n.lang).toBe('en');
	});

	it('restores the remembered language', async () => {
		localStorage.setItem('khien-nho:lang', 'en');
		await i18n.restore();
		render(LanguageSwitch);
		expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
	});
});
