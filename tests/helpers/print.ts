// Print checks shared by the printables and the guides: A4, nothing clipped, a real PDF.
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SCREENS = 'test-results/screens';
mkdirSync(SCREENS, { recursive: true });
// A4 is 210 mm wide; the print stylesheet sets 15 mm margins. At 96 px per inch:
export const A4_PRINTABLE_PX = Math.floor(((210 - 2 * 15) / 25.4) * 96);

export async function checkPrint(page: Page, name: string, maxPages: number) {
	await page.screenshot({ path: `${SCREENS}/print-${name}-screen.png`, fullPage: true });
	await page.emulateMedia({ media: 'print' });
	await page.setViewportSize({ width: A4_PRINTABLE_PX, height: 1000 });
	await expect(page.getByRole('button', { name: 'In trang này' }).first()).toBeHidden();

	const problems = await page.evaluate((limit) => {
		const out: string[] = [];
		const doc = document.documentElement;
		if (doc.scrollWidth > limit + 1) out.push(`document ${doc.scrollWidth}px wide`);
		const containers = ['main', '[data-print-sheet]', '.sheet > *'];
		for (const sel of containers)
			for (const el of document.querySelectorAll<HTMLElement>(sel))
				if (el.scrollWidth > el.clientWidth + 1)
					out.push(`${sel} scrollWidth ${el.scrollWidth} > ${el.clientWidth}`);
		for (const el of document.querySelectorAll<HTMLElement>('main *')) {
			const r = el.getBoundingClientRect();
			if (r.width === 0 && r.height === 0) continue;
			if (r.right > limit + 1 || r.left < -1)
				out.push(`<${el.tagName.toLowerCase()} class="${el.className}"> ${r.left}-${r.right}`);
			// Fixed-size boxes (cards, certificate) must hold their content.
			if (el.matches('.card111, .keycard, .certificate .inner'))
				if (el.scrollHeight > el.clientHeight + 1)
					out.push(`${el.className} overflows: ${el.scrollHeight} > ${el.clientHeight}`);
		}
		return out.slice(0, 10);
	}, A4_PRINTABLE_PX);
	expect(problems, name).toEqual([]);
	await page.screenshot({ path: `${SCREENS}/print-${name}-print.png`, fullPage: true });

	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
	expect(pdf.length, `${name}.pdf size`).toBeGreaterThan(8 * 1024);
	expect(pages, `${name}.pdf pages`).toBeGreaterThanOrEqual(1);
	expect(pages, `${name}.pdf pages`).toBeLessThanOrEqual(maxPages);
	await page.emulateMedia({ media: 'screen' });
	return { pages, bytes: pdf.length };
}
