import { expect, type Page } from '@playwright/test';
import { waitForWorker } from '../pwa/helpers';

/** The button on /thay-co/ that downloads the adults' pack. */
export const ADULTS_PACK_BUTTON = 'Tải phần dành cho thầy cô để dùng không cần mạng';

/**
 * Takes the adults' pack as an adult would: opens /thay-co/ (under `home`, the site's root when
 * a test serves its own build; the worker installs the children's course first if it is not
 * there yet), presses the download button if opening the page has not started the download
 * by itself, and waits until every file is on the device.
 */
export async function takeAdultsPack(page: Page, home = '') {
	await page.goto(`${home}thay-co/`);
	await waitForWorker(page);
	const pack = page.getByTestId('adults-pack');
	await expect(pack).toHaveAttribute('data-state', /missing|downloading|ready/);
	const button = page.getByRole('button', { name: ADULTS_PACK_BUTTON });
	if (await button.isVisible()) await button.click();
	await expect(pack).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
}
