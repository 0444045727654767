// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FIXTURE_CODEBOOK, fixtureClass } from './fixtures';
import { codebookRows } from './instruments/codebook';
import { loadInstruments } from './instruments/load';
import { makeCodebook } from './report/codebook';
import {
	CLASS_SUMMARY_BYTES,
	FrameCollector,
	MAX_SUMMARY_BYTES,
	REFUSAL_MESSAGES,
	buildSummary,
	canonicalJson,
	checksumOf,
	compareKeys,
	encodeFrames,
	parseFrame,
	readSummary,
	serializeSummary,
	validateSummary,
	type Summary
} from './summary';

const codebook = makeCodebook(FIXTURE_CODEBOOK).index;

type Nested = Record<string, Record<string, Record<string, number>>>;
type File = Record<string, unknown> & { counts: Nested };

/** Change a valid file as written and sign it again, so only the change itself is judged. */
async function altered(base: Summary, change: (s: File) => void) {
	const copy = JSON.parse(serializeSummary(base)) as File;
	change(copy);
	copy.checksum = await checksumOf(copy);
	return JSON.stringify(copy);
}

/** The first count of a file as written: leaf -> cell -> option. */
function first(x: File) {
	const leaf = Object.keys(x.counts)[0];
	const cell = Object.keys(x.counts[leaf])[0];
	const option = Object.keys(x.counts[leaf][cell])[0];
	return { leaf, cell, option, cells: x.counts[leaf], options: x.counts[leaf][cell] };
}
const setFirst = (n: number) => (x: File) => {
	const f = first(x);
	f.options[f.option] = n;
};

/** The same summary written as version 1 (one object per count), signed. */
async function versionOne(s: Summary): Promise<string> {
	const file: Record<string, unknown> = { ...s, version: 1 };
	file.checksum = await checksumOf(file);
	return canonicalJson(file);
}

describe('canonical JSON', () => {
	it('sorts keys at every level, keeps array order, has no whitespace', () => {
		expect(canonicalJson({ b: 1, a: [{ y: 'ổ', x: null }, 2], c: { e: true, d: 'x' } })).toBe(
			'{"a":[{"x":null,"y":"ổ"},2],"b":1,"c":{"d":"x","e":true}}'
		);
	});
	it('gives the same checksum whatever order the keys came in', async () => {
		expect(await checksumOf({ a: 1, b: [1, 2] })).toBe(await checksumOf({ b: [1, 2], a: 1 }));
		expect(await checksumOf({ a: 1, b: [2, 1] })).not.toBe(await checksumOf({ a: 1, b: [1, 2] }));
	});
	it('is the SHA-256 of the file without its checksum field', async () => {
		// sha256('{"a":1}')
		expect(await checksumOf({ a: 1, checksum: 'x' })).toBe(
			'015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862'
		);
	});
	it('orders digits as numbers', () => {
		const ids = ['dg-6-8-a.10', 'dg-6-8-a.2.1', 'dg-6-8-a.2', 'o10', 'o2', 'dg-6-8-a.1'];
		expect(ids.sort(compareKeys)).toEqual([
			'dg-6-8-a.1',
			'dg-6-8-a.2',
			'dg-6-8-a.2.1',
			'dg-6-8-a.10',
			'o2',
			'o10'
		]);
	});
});

describe('buildSummary', () => {
	it('makes a file that validates, with sorted counts and no zero counts', async () => {
		const s = await fixtureClass({ children: 12 });
		expect(s.format).toBe('khien-nho/danh-gia');
		const r = await validateSummary(serializeSummary(s), codebook);
		expect(r.ok).toBe(true);
		const sorted = [...s.counts].sort(
			(a, b) =>
				compareKeys(a.leaf, b.leaf) ||
				['pre', 'post'].indexOf(a.wave) - ['pre', 'post'].indexOf(b.wave)
		);
		expect(s.counts.map((c) => c.leaf + c.wave)).toEqual(sorted.map((c) => c.leaf + c.wave));
		expect(s.counts.every((c) => c.n > 0)).toBe(true);
	});
	it('keeps a class of 40 children over three waves under 20 KB, on the real forms', async () => {
		const rows = codebookRows(loadInstruments({ root: process.cwd() }).bands);
		const bands = [...new Set(rows.map((r) => r.band))];
		expect(bands).toHaveLength(4);
		for (const band of bands) {
			const book = rows.filter((r) => r.band === band);
			const s = await fixtureClass({
				codebook: book,
				children: 40,
				waves: ['pre', 'post', 'delayed']
			});
			// Enough answers that the size means something: every leaf of both forms is counted.
			expect(new Set(s.counts.map((c) => c.leaf)).size).toBe(book.length);
			const bytes = new TextEncoder().encode(serializeSummary(s)).length;
			expect(bytes, band).toBeLessThan(CLASS_SUMMARY_BYTES);
			// Version 1 of the same class was well over (about 70 bytes a count).
			expect(new TextEncoder().encode(await versionOne(s)).length, band).toBeGreaterThan(bytes * 2);
		}
	});
	it('writes counts nested by leaf, cell and option, and reads them back the same', async () => {
		const s = await fixtureClass({ children: 12, waves: ['pre', 'post', 'delayed'] });
		const file = JSON.parse(serializeSummary(s)) as File;
		expect(file.version).toBe(2);
		const list = s.counts.find((c) => c.arm === 'long')!;
		expect(file.counts[list.leaf][`${list.wave}.${list.form}.long`][list.option]).toBe(list.n);
		const plain = s.counts.find((c) => !c.arm)!;
		expect(file.counts[plain.leaf][`${plain.wave}.${plain.form}`][plain.option]).toBe(plain.n);
		const r = await validateSummary(serializeSummary(s), codebook);
		expect(r.ok && r.summary).toEqual(s);
		expect(readSummary(serializeSummary(s))).toEqual(s);
	});
	it('still reads a version 1 file, and keeps it as it came', async () => {
		const s = await fixtureClass({ children: 12 });
		const text = await versionOne(s);
		const r = await validateSummary(text, codebook);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.summary.version).toBe(1);
		expect(r.summary.counts).toEqual(s.counts);
		expect(serializeSummary(r.summary)).toBe(text);
		expect(readSummary(text).counts).toEqual(s.counts);
		// A version 1 file with version 2's counts is only a wrong shape.
		const mixed = JSON.parse(serializeSummary(s));
		mixed.version = 1;
		mixed.checksum = await checksumOf(mixed);
		const m = await validateSummary(JSON.stringify(mixed), codebook);
		expect(m.ok ? 'ok' : m.kind).toBe('schema');
	});
	it('refuses to build a file with a field the format does not have', async () => {
		const s = await fixtureClass({ children: 4 });
		const input = { ...s, nickname: 'Mèo Mun' } as unknown as Parameters<typeof buildSummary>[0];
		await expect(buildSummary(input)).rejects.toThrow(/summary/);
	});
});

describe('validateSummary: the refusals', () => {
	it('has a Vietnamese message for each', () => {
		for (const m of Object.values(REFUSAL_MESSAGES)) expect(m).toMatch(/[ếệộ]|tệp|Tệp/);
	});

	const cases: [string, (s: Summary) => Promise<string> | string][] = [
		['empty', () => '  \n'],
		['tooLarge', () => `{"format":"khien-nho/danh-gia","pad":"${'x'.repeat(MAX_SUMMARY_BYTES)}"}`],
		['notJson', (s) => serializeSummary(s).slice(0, 200)],
		['foreign', () => JSON.stringify({ app: 'khien-nho', kind: 'backup', version: 1 })],
		['newerVersion', (s) => altered(s, (x) => (x.version = 3))],
		['schema', (s) => altered(s, (x) => delete x.takers)],
		['schema', (s) => altered(s, (x) => (x.round = 'ABC'))],
		['tampered', (s) => serializeSummary(s).replace('"n":', '"n":1')],
		[
			'schema',
			(s) =>
				altered(s, (x) => {
					const f = first(x);
					f.cells['pre.C'] = f.options;
				})
		],
		['badCount', (s) => altered(s, setFirst(-1))],
		['badCount', (s) => altered(s, setFirst(1.5))],
		[
			'unknownLeaf',
			(s) =>
				altered(s, (x) => {
					const f = first(x);
					x.counts['dg-11-14-a.99'] = f.cells;
					delete x.counts[f.leaf];
				})
		],
		[
			'unknownLeaf',
			(s) =>
				altered(s, (x) => {
					const f = first(x);
					f.options.o9 = f.options[f.option];
					delete f.options[f.option];
				})
		],
		[
			'unknownLeaf',
			(s) => altered(s, (x) => ((x.instruments as Record<string, number>)['dg-11-14-a'] = 7))
		],
		['aboveTakers', (s) => altered(s, setFirst(999))],
		[
			'private',
			(s) => altered(s, (x) => ((x.sessions as { date: string }[])[0].date = '2026-11-18T08:30'))
		],
		[
			'private',
			(s) => altered(s, (x) => ((x.sessions as Record<string, unknown>[])[0].teacher = 'Cô Lan'))
		],
		['private', (s) => altered(s, (x) => (x.nicknames = ['Mèo Mun']))],
		['private', (s) => altered(s, (x) => ((x.group as Record<string, unknown>).device = 'tab-07'))]
	];
	it.each(cases)('%s', async (kind, make) => {
		const s = await fixtureClass({ children: 6 });
		const r = await validateSummary(await make(s), codebook);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.kind).toBe(kind);
			expect(r.message).toBe(REFUSAL_MESSAGES[r.kind]);
		}
	});

	it('refuses a count whose options together pass the takers', async () => {
		const s = await fixtureClass({ children: 6 });
		const text = await altered(s, (x) => {
			const f = first(x);
			f.options[f.option] += 3; // each under the takers, the sum above
		});
		const r = await validateSummary(text, codebook);
		expect(r.ok ? 'ok' : r.kind).toBe('aboveTakers');
	});

	it('accepts a file with a BOM and checks leaf shapes even without a codebook', async () => {
		const s = await fixtureClass({ children: 6 });
		expect((await validateSummary('\uFEFF' + serializeSummary(s))).ok).toBe(true);
		const wrongBand = await altered(s, (x) => ((x.group as { band: string }).band = '6-8'));
		const r = await validateSummary(wrongBand);
		expect(r.ok ? 'ok' : r.kind).toBe('unknownLeaf');
	});
});

describe('QR frames', () => {
	it('round-trips a file in any order, repeats ignored', async () => {
		const s = await fixtureClass({ children: 40, waves: ['pre', 'post', 'delayed'] });
		const frames = encodeFrames(s);
		expect(frames.length).toBeGreaterThan(3);
		for (const f of frames) {
			expect(f).toMatch(/^KN1\/k3f9q2xa\/1\/\d+\/\d+\/[A-Za-z0-9_-]+$/);
			expect(parseFrame(f)!.chunk.length).toBeLessThanOrEqual(700);
		}
		const c = new FrameCollector();
		const shuffled = [...frames].reverse();
		let last;
		expect(c.add(shuffled[0])).toMatchObject({ status: 'collecting', have: 1, fresh: true });
		expect(c.add(shuffled[0])).toMatchObject({ status: 'collecting', have: 1, fresh: false });
		for (const f of shuffled.slice(1)) last = c.add(f);
		expect(last?.status).toBe('complete');
		if (last?.status === 'complete') {
			expect(last.text).toBe(serializeSummary(s));
			expect((await validateSummary(last.text, codebook)).ok).toBe(true);
		}
		expect(c.pending()).toEqual([]);
	});
	it('ignores codes that are not ours', () => {
		const c = new FrameCollector();
		expect(c.add('https://example.org')).toEqual({ status: 'ignored' });
		expect(c.add('KN1/k3f9q2xa/1/3/2/abc')).toEqual({ status: 'ignored' });
	});
});
