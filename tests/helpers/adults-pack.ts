import { expect, type Page } from '@playwright/test';
import { waitForWorker } from '../pwa/helpers';

/**
 * Takes the adults' pack as an adult would: opens /thay-co/ (the worker installs the
 * children's course), presses the download button if the download has not started by itself,
 * and waits until every file is on the device.
 */
export async function takeAdultsPack(page: Page) {
	await page.goto('thay-co/');
	await waitForWorker(page);
	const pack = page.getByTestId('adults-pack');
	await expect(pack).toHaveAttribute('data-state', /missing|downloading|ready/);
	const button = page.getByRole('button', {
		name: 'Tải phần dành cho thầy cô để dùng không cần mạng'
	});
	if (await button.isVisible()) await button.click();
	await expect(pack).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
}
