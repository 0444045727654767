// node scripts/media-kit-screens.js: the press page's screenshots of real screens (home, a
// lesson, help) into static/truyen-thong/, from the built app (npm run build first). Phone
// size at 1x keeps the three under ~250 KB; they are not precached (vite.config.ts).
import { spawn } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './lib/chromium.js';

const port = Number(process.env.PORT ?? 5305);
const out = 'static/truyen-thong';
mkdirSync(out, { recursive: true });
const server = spawn('node', ['scripts/serve.js', '--dir', 'build', '--port', String(port)], {
	stdio: ['ignore', 'pipe', 'inherit']
});
await new Promise((ok) => server.stdout.once('data', ok));
const url = `http://127.0.0.1:${port}`;

const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
	args: CHROMIUM_ARGS
});
try {
	const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
	const shot = async (/** @type {string} */ name) => {
		// Fonts and pictures in place before the picture is taken.
		await page.evaluate(() => document.fonts.ready);
		await page.screenshot({ path: `${out}/${name}.png` });
		console.log(`${out}/${name}.png ${Math.round(statSync(`${out}/${name}.png`).size / 1024)} KB`);
	};
	// Twice: the pages' font is `font-display: optional`, so a first visit paints in the
	// system font; the second has it from the cache, as a returning user sees it.
	await page.goto(`${url}/`, { waitUntil: 'networkidle' });
	await page.reload({ waitUntil: 'networkidle' });
	await shot('home');
	await page.goto(`${url}/9-10/loi-khen-qua-tang-bi-mat/`, { waitUntil: 'networkidle' });
	// A lesson at its first chat: "Tiếp" through the reading steps, "Bỏ qua" past other activities.
	for (let i = 0; i < 12 && !(await page.locator('.log').count()); i++) {
		const next = page.getByRole('button', { name: 'Tiếp', exact: true });
		const skip = page.getByRole('button', { name: 'Bỏ qua' });
		if (await next.count()) await next.first().click();
		else if (await skip.count()) await skip.first().click();
		else break;
	}
	await page.waitForTimeout(1500);
	await shot('lesson');
	await page.goto(`${url}/tro-giup/`, { waitUntil: 'networkidle' });
	await shot('help');
} finally {
	await browser.close();
	server.kill();
}
