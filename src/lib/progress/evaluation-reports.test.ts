import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CODEBOOK, fixtureClass } from '$lib/evaluation/fixtures';
import { makeCodebook } from '$lib/evaluation/report/codebook';
import { canonicalJson, checksumOf, serializeSummary, type Summary } from '$lib/evaluation/summary';
import {
	clearEvaluationReports,
	importEvaluationFiles,
	keptSummaries,
	listEvaluationReports,
	removeEvaluationReport
} from './evaluation-reports';
import { STORES } from './test-helpers';

const index = makeCodebook(FIXTURE_CODEBOOK).index;
const file = (s: Summary, name = `${s.round}-r${s.revision}.json`) => ({
	name,
	text: serializeSummary(s)
});

/** Change a summary and sign it again over the file as it will be written. */
async function resigned(s: Summary, change: (x: Summary) => void): Promise<Summary> {
	const copy = structuredClone(s);
	change(copy);
	copy.checksum = await checksumOf(JSON.parse(serializeSummary(copy)));
	return copy;
}

describe.each(STORES)('evaluation reports on %s', (_kind, make) => {
	it('keeps files, counts the same file once, replaces a lower revision', async () => {
		const store = await make();
		const a1 = await fixtureClass({ round: 'aaaaaaa1', label: 'TH Phú Hội - 3B' });
		const b1 = await fixtureClass({ round: 'bbbbbbb1', label: 'TH Vĩnh Ninh - 4A', seed: 2 });
		const a2 = await fixtureClass({ round: 'aaaaaaa1', revision: 2, children: 30, seed: 3 });
		const { outcomes: out } = await importEvaluationFiles(
			store,
			[file(a1), file(b1), file(a1, 'copy.json')],
			index,
			'2026-12-01'
		);
		expect(out.map((o) => o.status)).toEqual(['added', 'added', 'same']);
		expect(await listEvaluationReports(store)).toHaveLength(2);

		const { outcomes: again } = await importEvaluationFiles(store, [file(a2), file(a1)], index);
		expect(again.map((o) => o.status)).toEqual(['replaced', 'older']);
		const kept = await keptSummaries(store);
		expect(kept.find((s) => s.round === 'aaaaaaa1')!.revision).toBe(2);
		expect(kept).toHaveLength(2);

		await removeEvaluationReport(store, 'bbbbbbb1');
		expect((await keptSummaries(store)).map((s) => s.round)).toEqual(['aaaaaaa1']);
		await clearEvaluationReports(store);
		expect(await listEvaluationReports(store)).toEqual([]);
	});

	it('keeps a version 1 file as it came and reads it back as the same counts', async () => {
		const store = await make();
		const s = await fixtureClass({ round: 'vvvvvvv1', children: 8 });
		const v1: Record<string, unknown> = { ...s, version: 1 };
		v1.checksum = await checksumOf(v1);
		const text = canonicalJson(v1);
		const { outcomes } = await importEvaluationFiles(store, [{ name: 'v1.json', text }], index);
		expect(outcomes[0].status).toBe('added');
		expect((await listEvaluationReports(store))[0].text).toBe(text);
		const [back] = await keptSummaries(store);
		expect(back.version).toBe(1);
		expect(back.counts).toEqual(s.counts);
	});

	it('refuses a different file under the same round and revision, keeping the first', async () => {
		const store = await make();
		const a1 = await fixtureClass({ round: 'aaaaaaa1' });
		const other = await resigned(a1, (x) => (x.sessions[0].minutes = 45));
		await importEvaluationFiles(store, [file(a1)], index);
		const before = await listEvaluationReports(store);
		const { outcomes: out } = await importEvaluationFiles(store, [file(other)], index);
		expect(out[0]).toMatchObject({ status: 'refused', kind: 'conflict' });
		expect(out[0].status === 'refused' && out[0].message).toMatch(/Hai tệp khác nhau cùng số hiệu/);
		expect(await listEvaluationReports(store)).toEqual(before);
	});

	it('leaves what is kept unchanged for each kind of bad file', async () => {
		const store = await make();
		const good = await fixtureClass({ round: 'ggggggg1', children: 8 });
		await importEvaluationFiles(store, [file(good)], index, '2026-12-01');
		const before = await listEvaluationReports(store);
		const newer = await fixtureClass({ round: 'ggggggg1', revision: 5, children: 8 });
		const bad: [string, string][] = [
			['empty', ''],
			['tooLarge', `{"format":"khien-nho/danh-gia","x":"${'a'.repeat(210_000)}"}`],
			['notJson', '{"format": "khien-nho/danh-gia",'],
			['foreign', '{"app":"khien-nho","kind":"backup","version":1}'],
			[
				'newerVersion',
				serializeSummary(await resigned(newer, (x) => ((x as { version: number }).version = 3)))
			],
			[
				'schema',
				serializeSummary(await resigned(newer, (x) => ((x as { round: string }).round = '')))
			],
			['tampered', serializeSummary(newer).replace('"minutes":40', '"minutes":41')],
			['badCount', serializeSummary(await resigned(newer, (x) => (x.counts[0].n = -2)))],
			[
				'unknownLeaf',
				serializeSummary(await resigned(newer, (x) => (x.counts[0].leaf = 'dg-11-14-a.42')))
			],
			['aboveTakers', serializeSummary(await resigned(newer, (x) => (x.counts[0].n = 500)))],
			[
				'private',
				serializeSummary(
					await resigned(newer, (x) => (x.sessions[0].date = '2026-11-18T07:30:00Z'))
				)
			],
			[
				'private',
				serializeSummary(await resigned(newer, (x) => Object.assign(x.group, { child: 'Lan' })))
			]
		];
		const { outcomes: out } = await importEvaluationFiles(
			store,
			bad.map(([kind, text]) => ({ name: `${kind}.json`, text })),
			index
		);
		expect(out.map((o) => (o.status === 'refused' ? o.kind : o.status))).toEqual(
			bad.map(([k]) => k)
		);
		expect(await listEvaluationReports(store)).toEqual(before);
	});
});
