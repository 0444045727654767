// npm run screenshots: pictures of the main screens at phone, tablet and projector sizes, in
// both languages, into screenshots/ (for reviews and closing notes). Needs a build and
// `npm run preview` running, or pass --url.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS } from './lib/chromium.js';

const args = process.argv.slice(2);
const url = (args[args.indexOf('--url') + 1] ?? 'http://127.0.0.1:4173').replace(/\/$/, '');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const out = 'screenshots';
mkdirSync(out, { recursive: true });

const VIEWPORTS = {
	phone: { width: 360, height: 740 },
	tablet: { width: 1024, height: 768 },
	projector: { width: 1366, height: 768 }
};
const PAGES = {
	home: '/',
	band: '/6-8/',
	lesson: '/9-10/loi-khen-qua-tang-bi-mat/',
	help: '/tro-giup/',
	learners: '/nguoi-hoc/',
	settings: '/cai-dat/',
	teachers: '/thay-co/'
};

const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
	args: CHROMIUM_ARGS
});
const errors = [];
for (const lang of ['vi', 'en']) {
	for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		page.on('pageerror', (e) => errors.push(`${page.url()}: ${e}`));
		await page.goto(url + '/');
		await page.evaluate((l) => localStorage.setItem('khien-nho:lang', l), lang);
		for (const [name, path] of Object.entries(PAGES)) {
			if (only && !only.includes(name)) continue;
			await page.goto(url + path, { waitUntil: 'networkidle' });
			const file = `${out}/${name}-${vpName}-${lang}.png`;
			await page.screenshot({ path: file, fullPage: vpName === 'phone' });
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			if (overflow > 0) errors.push(`${file}: horizontal overflow ${overflow}px`);
		}
		await context.close();
	}
}
await browser.close();
console.log(errors.length ? errors.join('\n') : 'no page errors, no horizontal scrolling');
