// Passes the adult gate the way an adult does: reads the sum in words, types the result,
// holds the button for two seconds.
import { expect, type Page } from '@playwright/test';
import { RANGE_A, RANGE_B, sumInWords } from '../../src/lib/gate/challenge';

export const gateDialog = (page: Page) =>
	page.getByRole('dialog', { name: 'Phần dành cho người lớn' });

/** The result of the sum the dialog shows, found by trying every sum the gate can ask. */
export async function gateAnswer(page: Page): Promise<number> {
	const question = (await gateDialog(page).locator('label').first().textContent()) ?? '';
	for (let a = RANGE_A[0]; a <= RANGE_A[1]; a++)
		for (let b = RANGE_B[0]; b <= RANGE_B[1]; b++)
			if (question.trim().toLowerCase() === `${sumInWords({ a, b }, 'vi')} bằng bao nhiêu?`)
				return a + b;
	throw new Error(`no sum matches "${question}"`);
}

export const holdButton = (page: Page) =>
	gateDialog(page).getByRole('button', { name: /Nhấn và giữ|Đang giữ/ });

/** Holds the gate's button with the mouse for `ms`. */
export async function hold(page: Page, ms = 2300) {
	const box = await holdButton(page).boundingBox();
	if (!box) throw new Error('hold button not visible');
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.waitForTimeout(ms);
	await page.mouse.up();
}

export async function passGate(page: Page) {
	await expect(gateDialog(page)).toBeVisible();
	await gateDialog(page)
		.getByRole('textbox')
		.fill(String(await gateAnswer(page)));
	await hold(page);
	await expect(gateDialog(page)).toBeHidden();
}
