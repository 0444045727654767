// Bench part "eval" (BENCH_PARTS=eval): a coordinator imports 1,000 class summary files of
// 40 children (pre, post and delayed) on the real forms (content/danh-gia/, the four bands in
// turn) in Chromium, on the built report page with its own codebook, and waits for the report.
// Timed from handing the files to the page to the report on screen: reading, checking
// (schema, SHA-256), keeping them in IndexedDB, reading them back, merging and drawing.
// Also timed: the merge and the report's figures alone in Node, for comparison. The upload of
// files into the browser by the test driver is timed apart (a real file dialog has none).
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { fixtureClass } from '../../src/lib/evaluation/fixtures';
import { codebookObjectives, codebookRows } from '../../src/lib/evaluation/instruments/codebook';
import { loadInstruments } from '../../src/lib/evaluation/instruments/load';
import { buildReport } from '../../src/lib/evaluation/report/aggregate';
import { makeCodebook } from '../../src/lib/evaluation/report/codebook';
import { mergeSummaries } from '../../src/lib/evaluation/report/merge';
import { serializeSummary, type Summary } from '../../src/lib/evaluation/summary';

const FILES = 1000;
const CHILDREN = 40;

export async function evaluationImport(root: string, port: number, flags: string[]) {
	const t0 = performance.now();
	const { bands } = loadInstruments({ root });
	const rows = codebookRows(bands);
	const books = [...new Set(rows.map((r) => r.band))].map((b) => rows.filter((r) => r.band === b));
	const summaries: Summary[] = [];
	for (let i = 0; i < FILES; i++)
		summaries.push(
			await fixtureClass({
				codebook: books[i % books.length],
				round: `b${String(i).padStart(7, '0')}`,
				label: `Trường ${Math.floor(i / 8) + 1} - lớp ${(i % 8) + 1}`,
				children: CHILDREN,
				waves: ['pre', 'post', 'delayed'],
				seed: i + 1
			})
		);
	const texts = summaries.map(serializeSummary);
	const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
	const generateMs = performance.now() - t0;

	const m0 = performance.now();
	buildReport(mergeSummaries(summaries), makeCodebook(rows, codebookObjectives(bands)));
	const nodeMergeMs = performance.now() - m0;

	const server = spawn('node', ['scripts/serve.js', '--dir', 'build', '--port', String(port)], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise((ok) => server.stdout!.once('data', ok));
	const browser = await chromium.launch({
		executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
		args: flags.slice(1)
	});
	try {
		const page = await browser.newPage();
		await page.goto(`http://127.0.0.1:${port}/thay-co/danh-gia/bao-cao/`);
		const input = page.locator('input[type="file"]');
		await input.waitFor({ state: 'attached' });
		await page.waitForFunction(() => !document.querySelector('input[type="file"]:disabled'));
		const files = texts.map((t, i) => ({
			name: `lop-${i}.json`,
			mimeType: 'application/json',
			buffer: Buffer.from(t)
		}));
		// Main-thread busy time (Chromium's TaskDuration): what the import costs the page,
		// less sensitive than wall time to other work on a shared machine.
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Performance.enable');
		const busy = async () =>
			(await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!
				.value * 1000;
		const b0 = await busy();
		const s0 = performance.now();
		await input.setInputFiles(files);
		await page
			.getByRole('heading', { name: `Các tệp đã nhập (${FILES})` })
			.waitFor({ timeout: 120_000 });
		await page.getByTestId('objectives').first().waitFor();
		const importMs = performance.now() - s0;
		// In the page, from the files handed to the app (after the upload into the browser).
		const sinceFilesIn = () =>
			page.evaluate(
				() => performance.now() - performance.getEntriesByName('report:files-in').at(-1)!.startTime
			);
		const appMs = await sinceFilesIn();
		const busyMs = (await busy()) - b0;
		const result = await page.getByTestId('import-result').textContent();
		// The same files again: all already kept, counted once.
		const a0 = performance.now();
		await input.setInputFiles(files);
		await page.getByText(`${FILES} tệp đã có`).waitFor({ timeout: 120_000 });
		const againMs = performance.now() - a0;
		const appAgainMs = await sinceFilesIn();
		const out = {
			files: FILES,
			children: FILES * CHILDREN,
			totalKB: Math.round(bytes / 1024),
			meanFileKB: Math.round(bytes / FILES / 102.4) / 10,
			largestFileKB: Math.round(Math.max(...texts.map((t) => Buffer.byteLength(t))) / 102.4) / 10,
			generateS: Math.round(generateMs / 100) / 10,
			nodeMergeMs: Math.round(nodeMergeMs),
			chromiumImportMergeMs: Math.round(appMs),
			chromiumWithUploadMs: Math.round(importMs),
			chromiumMainThreadBusyMs: Math.round(busyMs),
			chromiumSameFilesAgainMs: Math.round(appAgainMs),
			chromiumSameFilesAgainWithUploadMs: Math.round(againMs),
			load: loadavg()[0],
			result
		};
		console.log(`\nEvaluation report: ${FILES} files x ${CHILDREN} children (${out.totalKB} KB)`);
		console.table(out);
		return out;
	} finally {
		await browser.close();
		server.kill();
	}
}
