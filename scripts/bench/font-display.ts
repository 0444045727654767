// Does the web font (Be Vietnam Pro, `font-display: optional`) paint on a first visit?
// For Firefox ESR and Chromium, RUNS fresh profiles each: the home page cold (no cache, no
// worker), a link followed inside the app, then a reload (font in the HTTP cache and the
// worker's precache). "Used" means the heading is not as wide as the same text in the
// fallback fonts alone. "Mixed" means one weight's Latin face loaded and its Vietnamese face
// did not (or the other way round): words then mix two fonts letter by letter ("Người" with
// ư and ờ from the fallback). `SLOW_FONT_MS` holds every woff2 back that long (a slow phone
// line); `ENGINES=firefox` or `chromium` measures one engine.
// Usage (after a build): npx tsx scripts/bench/font-display.ts
import { spawn } from 'node:child_process';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../lib/chromium.js';

const RUNS = Number(process.env.RUNS ?? 5);
const PORT = Number(process.env.FONT_PORT ?? 4190);
const SLOW = Number(process.env.SLOW_FONT_MS ?? 0);
const HOME = `http://127.0.0.1:${PORT}/`;
const FALLBACK = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

interface Sample {
	used: boolean;
	faces: string;
	mixed: boolean;
}

async function sample(page: Page): Promise<Sample> {
	return page.evaluate(async (fallback) => {
		await new Promise((resolve) => setTimeout(resolve, 500));
		const h1 = document.querySelector('h1')!;
		const probe = h1.cloneNode(true) as HTMLElement;
		probe.style.fontFamily = fallback;
		probe.style.position = 'absolute';
		probe.style.visibility = 'hidden';
		probe.style.width = 'max-content';
		const page = h1.cloneNode(true) as HTMLElement;
		Object.assign(page.style, { position: 'absolute', visibility: 'hidden', width: 'max-content' });
		h1.after(probe, page);
		const used =
			Math.abs(probe.getBoundingClientRect().width - page.getBoundingClientRect().width) > 1;
		probe.remove();
		page.remove();
		const ours = [...document.fonts].filter((f) => f.family.includes('Be Vietnam Pro'));
		const faces = ours.map((f) => `${f.weight}:${f.status}`).join(' ');
		const mixed = ['400', '700'].some(
			(w) => new Set(ours.filter((f) => f.weight === w).map((f) => f.status === 'loaded')).size > 1
		);
		return { used, faces, mixed };
	}, FALLBACK);
}

async function measure(name: string, launch: () => Promise<Browser>) {
	const rows: string[] = [];
	const browser = await launch();
	for (let run = 0; run < RUNS; run++) {
		const context = await browser.createBrowserContext();
		const page = await context.newPage();
		await page.goto(HOME, { waitUntil: 'load' });
		const cold = await sample(page);
		await page.click('a[href$="/6-8/"]');
		await page.waitForFunction(() => location.pathname.endsWith('/6-8/'));
		const inApp = await sample(page);
		await page.evaluate(() => navigator.serviceWorker?.ready);
		await page.reload({ waitUntil: 'load' });
		const reload = await sample(page);
		const word = (s: Sample) => `${s.used ? 'web font' : 'FALLBACK'}${s.mixed ? ' MIXED' : ''}`;
		rows.push(
			`${name} run ${run + 1}: cold ${word(cold)} (${cold.faces}); ` +
				`after a link ${word(inApp)}; reload ${word(reload)} (${reload.faces})`
		);
		await context.close();
	}
	await browser.close();
	return rows;
}

const server = spawn(
	process.execPath,
	[
		'scripts/serve.js',
		'--port',
		String(PORT),
		...(SLOW ? ['--slow', '*.woff2', '--slow-ms', String(SLOW)] : [])
	],
	{ stdio: ['ignore', 'pipe', 'inherit'] }
);
await new Promise((resolve) => server.stdout!.once('data', resolve));
try {
	const engines = process.env.ENGINES ?? 'firefox,chromium';
	const none = async () => [] as string[];
	const firefox = await (engines.includes('firefox') ? measure : none)('Firefox', () =>
		puppeteer.launch({
			browser: 'firefox',
			executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
			headless: true
		})
	);
	const chromium = await (engines.includes('chromium') ? measure : none)('Chromium', () =>
		puppeteer.launch({
			executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
			headless: true,
			args: CHROMIUM_ARGS
		})
	);
	console.log([...firefox, ...chromium].join('\n'));
} finally {
	server.kill();
}
