// npm run bench:content: how long the content pipeline takes to parse and validate a large
// library. Generates N synthetic but valid lessons (every band, several steps, one activity
// of each type) in a temporary folder, loads them with loadContent (median of 3 runs) and
// records time and memory in bench-results/content.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadContent, type ContentSet } from '../../src/lib/content/load';
import { generate } from './synthetic';

const SIZES = [100, 1000];
const RUNS = 3;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// A real collection between runs makes the memory figures meaningful; tsx gives no flag.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

interface Result {
	lessons: number;
	files: number;
	sourceKB: number;
	runsMs: number[];
	medianMs: number;
	perLessonMs: number;
	heapDeltaMB: number;
	heapPeakDeltaMB: number;
	rssMB: number;
}

function bench(n: number): Result {
	const tmp = mkdtempSync(join(tmpdir(), 'khien-nho-bench-'));
	try {
		const contentDir = join(tmp, 'content');
		const bytes = generate(contentDir, n);
		const runsMs: number[] = [];
		let heapDelta = 0;
		let heapPeakDelta = 0;
		let rss = 0;
		let set: ContentSet | null = null;
		for (let r = 0; r < RUNS; r++) {
			set = null;
			gc();
			const before = process.memoryUsage().heapUsed;
			const t0 = performance.now();
			set = loadContent({ root: tmp, contentDir });
			runsMs.push(performance.now() - t0);
			const peak = process.memoryUsage();
			heapPeakDelta = Math.max(heapPeakDelta, peak.heapUsed - before);
			gc();
			// What the loaded library keeps alive once the garbage of parsing is gone.
			heapDelta = Math.max(heapDelta, process.memoryUsage().heapUsed - before);
			rss = Math.max(rss, process.memoryUsage().rss);
			if (set.errors.length || set.lessons.length !== n)
				throw new Error(
					`synthetic lessons should be valid: ${set.lessons.length}/${n} loaded, first error: ${
						set.errors[0]
							? `${set.errors[0].path}:${set.errors[0].line}: ${set.errors[0].message}`
							: '-'
					}`
				);
		}
		const med = median(runsMs);
		return {
			lessons: n,
			files: set?.files ?? 0,
			sourceKB: Math.round(bytes / 1024),
			runsMs: runsMs.map((x) => round(x)),
			medianMs: round(med),
			perLessonMs: round(med / n, 3),
			heapDeltaMB: mb(heapDelta),
			heapPeakDeltaMB: mb(heapPeakDelta),
			rssMB: mb(rss)
		};
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

const results = SIZES.map(bench);

const header = [
	'lessons',
	'source KB',
	'median ms',
	'ms/lesson',
	'runs ms',
	'heap Δ MB',
	'heap peak Δ MB',
	'rss MB'
];
const rows = results.map((r) => [
	String(r.lessons),
	String(r.sourceKB),
	String(r.medianMs),
	String(r.perLessonMs),
	r.runsMs.join(' / '),
	String(r.heapDeltaMB),
	String(r.heapPeakDeltaMB),
	String(r.rssMB)
]);
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
const line = (cells: string[]) =>
	'| ' + cells.map((s, c) => s.padStart(widths[c])).join(' | ') + ' |';
const machine = `node ${process.version}, ${cpus().length} CPU, load ${loadavg()[0].toFixed(1)}`;
console.log(`loadContent: parse + validate, median of ${RUNS} runs (${machine})`);
console.log(line(header));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const row of rows) console.log(line(row));

const outDir = join(root, 'bench-results');
mkdirSync(outDir, { recursive: true });
const out = join(outDir, 'content.json');
writeFileSync(
	out,
	JSON.stringify(
		{
			benchmark: 'content',
			date: new Date().toISOString(),
			node: process.version,
			platform: `${process.platform}-${process.arch}`,
			cpus: cpus().length,
			// Timings are only comparable between runs on a similarly idle machine.
			loadAverage: Math.round(loadavg()[0] * 10) / 10,
			runs: RUNS,
			results
		},
		null,
		2
	) + '\n'
);
console.log(`→ ${out}`);
