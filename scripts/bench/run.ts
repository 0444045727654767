// npm run bench: the whole benchmark in one run, printed as tables and written to
// bench-results/bench.json. Not part of npm test: figures are reported, never asserted.
//  1. sizes: this app vs a bare SvelteKit app with the same versions (bench/bare)
//  2. Lighthouse 12 (mobile preset, system Chromium) on the home page and a lesson page
//  3. tap-to-feedback on a choice activity with the CPU slowed 6x (median of 20 taps)
//  4. content build time with 100 and 1000 synthetic lessons, and the home page's size
//  5. eval: the coordinator's report importing and merging 1,000 class files of 40 children
//  6. card: one share card drawn on a canvas at /thay-co/truyen-thong/ (median of 10), not in
//     the default run: BENCH_PARTS=card
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildTotals, heaviestLesson, pageAssets, precacheTotals } from '../lib/measure.js';
import { isAdultEntry } from '../../src/lib/pwa/packs';
import { CHROMIUM_ARGS } from '../lib/chromium.js';
import { loadContent } from '../../src/lib/content/load';
import { generate } from './synthetic';
import { evaluationImport } from './evaluation';

const root = resolve(import.meta.dirname, '../..');
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
// BENCH_PORT moves the three preview servers (BENCH_PORT, +1, +2) when others run in parallel.
const port = (n: number) => Number(process.env.BENCH_PORT ?? 4190) + n;
const kb = (b: number) => Math.round((b / 1024) * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function sh(cmd: string, env: Record<string, string> = {}, cwd = root): number {
	const t0 = performance.now();
	const r = spawnSync(cmd, { shell: true, cwd, stdio: 'inherit', env: { ...process.env, ...env } });
	if (r.status !== 0) throw new Error(`failed: ${cmd}`);
	return performance.now() - t0;
}

function serve(dir: string, port: number): Promise<ChildProcess> {
	const child = spawn('node', ['scripts/serve.js', '--dir', dir, '--port', String(port)], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((ok) => child.stdout!.once('data', () => ok(child)));
}

function table(title: string, head: string[], rows: (string | number)[][]) {
	const cells = [head, ...rows.map((r) => r.map(String))];
	const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
	const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	console.log(`\n${title}\n${line(head)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
	for (const r of cells.slice(1)) console.log(line(r));
}

// ------------------------------------------------------------------ 1. sizes
/** First-visit transfer: the page's HTML, JS, CSS and data, plus the fonts it uses. */
function firstVisit(dir: string, route: string, fontBytes: number) {
	const a = pageAssets(dir, route);
	return { ...a, total: a.html + a.js + a.css + a.data + fontBytes };
}

async function fontsUsed(url: string): Promise<number> {
	const browser = await chromium.launch({ executablePath: chromePath, args: FLAGS.slice(1) });
	const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
	let bytes = 0;
	page.on('response', async (r) => {
		if (r.url().endsWith('.woff2')) bytes += (await r.body()).length;
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await browser.close();
	return bytes;
}

async function sizes() {
	console.log('\n# building this app and the bare app');
	sh('npm run build');
	sh('npx vite build', {}, join(root, 'bench/bare'));
	const app = join(root, 'build');
	const bare = join(root, 'bench/bare/build');
	const lesson = heaviestLesson(app);
	const server = await serve(app, port(0));
	const fonts = await fontsUsed(`http://127.0.0.1:${port(0)}/`);
	const lessonFonts = await fontsUsed(`http://127.0.0.1:${port(0)}/${lesson}`);
	server.kill();
	const appHome = firstVisit(app, '', fonts);
	const appLesson = firstVisit(app, lesson, lessonFonts);
	const bareHome = firstVisit(bare, '', 0);
	const barePage = firstVisit(bare, 'page/', 0);
	const appTotals = buildTotals(app);
	const bareTotals = buildTotals(bare);
	const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 10) / 10 : 0);
	const rows: (string | number)[][] = [
		[
			'home: first visit',
			kb(appHome.total),
			kb(bareHome.total),
			ratio(appHome.total, bareHome.total)
		],
		[
			'lesson: first visit',
			kb(appLesson.total),
			kb(barePage.total),
			ratio(appLesson.total, barePage.total)
		],
		['home: JS', kb(appHome.js), kb(bareHome.js), ratio(appHome.js, bareHome.js)],
		['lesson: JS', kb(appLesson.js), kb(barePage.js), ratio(appLesson.js, barePage.js)],
		['lesson: data', kb(appLesson.data), kb(barePage.data), '-'],
		['CSS (all)', kb(appTotals.split.css), kb(bareTotals.split.css), '-'],
		['fonts (all files)', kb(appTotals.split.fonts), kb(bareTotals.split.fonts), '-'],
		[
			'precache (whole build)',
			kb(appTotals.total),
			kb(bareTotals.total),
			ratio(appTotals.total, bareTotals.total)
		]
	];
	// What the worker downloads: the first install (children's pack) and the adults' pack.
	const packs = precacheTotals(app, isAdultEntry);
	const mib = (b: number) => Math.round((b / 1024 / 1024) * 100) / 100;
	for (const [name, p] of [
		['first install', packs.install],
		["adults' pack", packs.adults]
	] as const) {
		rows.push([`${name}: files`, p.files, '-', '-']);
		rows.push([`${name}: gzip`, kb(p.gzip), '-', '-']);
		rows.push([`${name}: stored MiB`, mib(p.stored), '-', '-']);
	}
	table(
		`Sizes in KB, gzip (lesson page: /${lesson})`,
		['what', 'Khiên Nhỏ', 'bare SvelteKit', 'ratio'],
		rows
	);
	return {
		lessonRoute: lesson,
		app: { home: appHome, lesson: appLesson, totals: appTotals, packs },
		bare: { home: bareHome, page: barePage, totals: bareTotals }
	};
}

// ------------------------------------------------------------------ 2. Lighthouse
async function lighthouseRuns(lessonRoute: string) {
	const server = await serve(join(root, 'build'), port(1));
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
	const out: Record<string, unknown>[] = [];
	try {
		for (const [name, path] of [
			['home', ''],
			['lesson', lessonRoute]
		]) {
			// Scores move by several points between runs on a shared machine: the median of 3.
			const runs = [];
			for (let i = 0; i < 3; i++) {
				const result = await lighthouse(`http://127.0.0.1:${port(1)}/${path}`, {
					port: chrome.port,
					output: 'json',
					onlyCategories: ['performance'],
					logLevel: 'error'
				});
				const lhr = result!.lhr;
				const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
				runs.push({
					page: name,
					score: Math.round((lhr.categories.performance.score ?? 0) * 100),
					fcpMs: Math.round(audit('first-contentful-paint')),
					lcpMs: Math.round(audit('largest-contentful-paint')),
					tbtMs: Math.round(audit('total-blocking-time')),
					cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
					bytesKB: kb(audit('total-byte-weight'))
				});
			}
			const sorted = [...runs].sort((a, b) => a.score - b.score);
			out.push({ ...sorted[1], scores: runs.map((r) => r.score) });
		}
	} finally {
		await chrome.kill();
		server.kill();
	}
	table(
		'Lighthouse 12, mobile preset (the median of 3 runs; all 3 scores in the last column)',
		['page', 'score', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'bytes KB', 'runs'],
		out.map(
			(r) =>
				[
					r.page,
					r.score,
					r.fcpMs,
					r.lcpMs,
					r.tbtMs,
					r.cls,
					r.bytesKB,
					(r.scores as number[]).join(' ')
				] as (string | number)[]
		)
	);
	return out;
}

// ------------------------------------------------------------------ 3. tap-to-feedback
// A tap is sent through the DevTools protocol (press, 80 ms like a finger, release), not
// through Playwright's click, whose own scripts run in the page and would be timed too.
// The browser's Event Timing API measures the click: from the moment the finger lifts to
// the frame that shows the feedback (the same measure as the INP web vital), and splits it
// into waiting, our code, and drawing.
type TapTiming = { total: number; delay: number; processing: number; presentation: number };

async function tapToFeedback() {
	const course = loadContent({ root });
	const lesson = course.lessons.find((l) => {
		const first = l.screens.findIndex((s) => s.kind === 'activity');
		const s = l.screens[first];
		return s?.kind === 'activity' && s.activity.type === 'choice';
	})!;
	const stepsBefore = lesson.screens.findIndex((s) => s.kind === 'activity');
	const server = await serve(join(root, 'build'), port(2));
	const browser = await chromium.launch({ executablePath: chromePath, args: FLAGS.slice(1) });
	const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
	const cdp = await page.context().newCDPSession(page);
	await page.addInitScript(() => {
		const w = window as unknown as { __clicks: TapTiming[] };
		w.__clicks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as PerformanceEventTiming[]) {
				if (e.name !== 'click') continue;
				w.__clicks.push({
					total: e.duration,
					delay: e.processingStart - e.startTime,
					processing: e.processingEnd - e.processingStart,
					presentation: e.startTime + e.duration - e.processingEnd
				});
			}
		}).observe({ type: 'event', durationThreshold: 0 } as PerformanceObserverInit);
	});
	const url = `http://127.0.0.1:${port(2)}/${lesson.band}/${lesson.slug}/`;
	await page.goto(url, { waitUntil: 'networkidle' });
	for (let i = 0; i < stepsBefore; i++)
		await page.getByRole('button', { name: 'Tiếp', exact: true }).click();
	const taps: TapTiming[] = [];
	// BENCH_TRACE=file.json records a DevTools trace of the taps (a diagnostic: tracing slows
	// the page, so figures from such a run are not comparable).
	const trace = process.env.BENCH_TRACE;
	if (trace)
		await browser.startTracing(page, {
			path: resolve(trace),
			screenshots: false,
			categories: [
				'devtools.timeline',
				'disabled-by-default-devtools.timeline',
				'disabled-by-default-devtools.timeline.frame',
				'blink.user_timing',
				'loading',
				'latencyInfo',
				'cc',
				'viz',
				'benchmark',
				...(process.env.BENCH_TRACE_CATS?.split(',') ?? [])
			]
		});
	try {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
		for (let i = 0; i < 20; i++) {
			if (i > 0) {
				// Back then next remounts the activity fresh (a guest's place is not kept on reload).
				await page.getByRole('button', { name: 'Quay lại' }).click();
				await page.getByRole('button', { name: 'Tiếp', exact: true }).click();
			}
			// Alternate a right and a wrong answer: both show feedback.
			const option = page.locator('.option button').nth(i % 2);
			const box = (await option.boundingBox())!;
			const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
			await page.evaluate(() => ((window as unknown as { __clicks: [] }).__clicks = []));
			await page.waitForTimeout(200);
			const mouse = { x, y, button: 'left' as const, clickCount: 1 };
			await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...mouse });
			await page.waitForTimeout(80);
			await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...mouse });
			await page.locator('.feedback').first().waitFor();
			const clicks = await page.waitForFunction(() => {
				const c = (window as unknown as { __clicks: TapTiming[] }).__clicks;
				return c.length ? c : null;
			});
			taps.push(((await clicks.jsonValue()) as TapTiming[])[0]);
		}
	} finally {
		if (trace) await browser.stopTracing();
		await browser.close();
		server.kill();
	}
	const med = (k: keyof TapTiming) => Math.round(median(taps.map((t) => t[k])));
	const result = {
		lesson: lesson.path,
		taps: taps.length,
		medianMs: med('total'),
		maxMs: Math.round(Math.max(...taps.map((t) => t.total))),
		medianDelayMs: med('delay'),
		medianProcessingMs: med('processing'),
		medianPresentationMs: med('presentation')
	};
	table(
		'Tap to feedback, CPU 6x slower (choice activity; Event Timing, 8 ms steps)',
		['taps', 'median ms', 'max ms', 'wait', 'our code', 'drawing'],
		[
			[
				result.taps,
				result.medianMs,
				result.maxMs,
				result.medianDelayMs,
				result.medianProcessingMs,
				result.medianPresentationMs
			]
		]
	);
	return result;
}

// ------------------------------------------------------------------ 5. share card
// The kit's own timing (data-render-ms: drawCard, text measured and wrapped, on a 1080-wide
// canvas), for the longest lesson card and the seven-step help card in each of the three sizes,
// after the font is loaded. Each render is a fresh draw: the card is switched away and back.
async function cardRender() {
	const server = await serve(join(root, 'build'), port(2));
	const browser = await chromium.launch({ executablePath: chromePath, args: FLAGS.slice(1) });
	const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
	const canvas = page.getByTestId('share-card');
	const rows: { card: string; size: string; medianMs: number; maxMs: number; pngMs: number }[] = [];
	try {
		await page.goto(`http://127.0.0.1:${port(2)}/thay-co/truyen-thong/`);
		await page.locator('[data-testid="share-card"][data-ready="true"]').waitFor();
		const longest = await page.evaluate(
			() =>
				[...document.querySelectorAll<HTMLOptionElement>('#card-pick optgroup')]
					.slice(0, -1)
					.flatMap((g) => [...g.querySelectorAll('option')])
					.reduce((a, b) => (b.text.length > a.text.length ? b : a)).value
		);
		const other = await page.locator('#card-pick option').first().getAttribute('value');
		for (const card of [longest, 'tro-giup-doa-tung-anh'])
			for (const size of ['portrait', 'square', 'story']) {
				await page.locator(`input[name="card-size"][value="${size}"]`).check();
				const times: number[] = [];
				const png: number[] = [];
				for (let i = 0; i < 10; i++) {
					await page.locator('#card-pick').selectOption(other!);
					await page.locator('#card-pick').selectOption(card);
					await page.locator(`[data-card="${card}"][data-size="${size}"]`).waitFor();
					// One frame later the component has written this draw's time.
					await page.evaluate(() => new Promise(requestAnimationFrame));
					times.push(Number(await canvas.getAttribute('data-render-ms')));
					// And the PNG the download button makes (drawing is flushed and encoded here).
					png.push(
						await canvas.evaluate(async (c: HTMLCanvasElement) => {
							const t0 = performance.now();
							await new Promise((ok) => c.toBlob(ok, 'image/png'));
							return Math.round(performance.now() - t0);
						})
					);
				}
				rows.push({
					card,
					size,
					medianMs: median(times),
					maxMs: Math.max(...times),
					pngMs: median(png)
				});
			}
	} finally {
		await browser.close();
		server.kill();
	}
	table(
		'Share card render (drawCard on a 1080-wide canvas; median of 10; target <= 300 ms)',
		['card', 'size', 'draw median ms', 'draw max ms', 'PNG median ms'],
		rows.map((r) => [r.card, r.size, r.medianMs, r.maxMs, r.pngMs])
	);
	return rows;
}

// ------------------------------------------------------------------ 4. content scale
function contentScale() {
	const rows = [];
	for (const n of [100, 1000]) {
		const tmp = mkdtempSync(join(tmpdir(), 'khien-nho-scale-'));
		try {
			const contentDir = join(tmp, 'content');
			mkdirSync(contentDir);
			generate(contentDir, n);
			// The guides are pages of their own (glossary, parents, teachers): keep the real ones.
			cpSync(join(root, 'content/guides'), join(contentDir, 'guides'), { recursive: true });
			const out = join(tmp, 'build');
			const ms = sh('npx vite build', { CONTENT_DIR: contentDir, BUILD_DIR: out });
			const dir = existsSync(out) ? out : join(root, 'build');
			const home = pageAssets(dir, '');
			rows.push({
				lessons: n,
				buildS: Math.round(ms / 100) / 10,
				homeHtmlKB: kb(home.html),
				homeDataKB: kb(home.data),
				homeJsKB: kb(home.js)
			});
		} finally {
			rmSync(tmp, { recursive: true, force: true });
		}
	}
	table(
		'Build with synthetic courses (home page must not grow)',
		['lessons', 'build s', 'home HTML KB', 'home data KB', 'home JS KB'],
		rows.map((r) => [r.lessons, r.buildS, r.homeHtmlKB, r.homeDataKB, r.homeJsKB])
	);
	return rows;
}

const started = performance.now();
// BENCH_PARTS=sizes,lighthouse,tap,scale,eval runs only some parts (all by default);
// BENCH_PARTS=card times the media kit's share card.
const ALL_PARTS = 'sizes,lighthouse,tap,scale,eval';
const parts = (process.env.BENCH_PARTS ?? ALL_PARTS).split(',');
const results: Record<string, unknown> = {
	date: new Date().toISOString(),
	machine: {
		cpus: cpus().length,
		load: loadavg().map((x) => Math.round(x * 10) / 10),
		node: process.version
	}
};
const sized = parts.includes('sizes') || parts.includes('lighthouse') ? await sizes() : null;
if (sized && parts.includes('sizes')) results.sizes = sized;
if (sized && parts.includes('lighthouse'))
	results.lighthouse = await lighthouseRuns(sized.lessonRoute);
if (parts.includes('tap')) results.tap = await tapToFeedback();
if (parts.includes('card')) results.card = await cardRender();
if (parts.includes('scale')) {
	results.contentScale = contentScale();
	// The scale builds may have written over build/: leave build/ as the real course.
	sh('npm run build');
}
if (parts.includes('eval')) results.evaluation = await evaluationImport(root, port(2), FLAGS);
mkdirSync(join(root, 'bench-results'), { recursive: true });
const some = parts.length < ALL_PARTS.split(',').length;
const out = join(root, `bench-results/bench${some ? '-' + parts.join('-') : ''}.json`);
writeFileSync(out, JSON.stringify(results, null, 2));
console.log(`\n→ ${out} (${Math.round((performance.now() - started) / 1000)} s)`);
