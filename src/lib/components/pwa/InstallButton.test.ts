import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import InstallButton from './InstallButton.svelte';

function asBrowser(userAgent: string) {
	vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(userAgent);
}

afterEach(() => {
	vi.restoreAllMocks();
	// jsdom has no maxTouchPoints: remove the one a test gave it.
	Reflect.deleteProperty(navigator, 'maxTouchPoints');
});

describe('InstallButton without an install offer', () => {
	it('tells Firefox users on a computer what to do instead of showing nothing', async () => {
		asBrowser('Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0');
		render(InstallButton);
		const card = await screen.findByRole('region', { name: 'Cài lên máy' });
		expect(card).toHaveTextContent('Firefox trên máy tính thường không cài được ứng dụng web.');
		const steps = within(card).getAllByRole('listitem');
		expect(steps.map((li) => li.textContent?.trim())).toEqual([
			'Bấm Ctrl+D (máy Mac: ⌘+D) để đánh dấu trang',
			'Muốn có biểu tượng riêng: mở trang này bằng Chrome hoặc Edge rồi cài'
		]);
		expect(within(card).queryByRole('button')).toBeNull();
	});

	it('gives Safari on a Mac its Dock steps, and an iPad the Share menu', async () => {
		const mac =
			'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
		asBrowser(mac);
		const { unmount } = render(InstallButton);
		expect(await screen.findByText('Chọn “Thêm vào Dock”')).toBeInTheDocument();
		unmount();
		Object.defineProperty(navigator, 'maxTouchPoints', { value: 5, configurable: true });
		render(InstallButton);
		expect(await screen.findByText('Thêm vào Màn hình chính')).toBeInTheDocument();
	});
});
