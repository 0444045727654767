// The coordinator's imported evaluation files (issue 20), kept on this device through the
// store like everything else. An import checks every file completely first (outside any
// transaction: the checksum is async crypto), then plans against what is kept and writes in
// ONE transaction: a refused file changes nothing, and the same file twice is kept once.
import { planImport, type Outcome } from '$lib/evaluation/report/collection';
import {
	readSummary,
	validateSummary,
	type LeafIndex,
	type Summary
} from '$lib/evaluation/summary';
import type { EvaluationReportRow } from './model';
import type { Store } from './store';

export interface IncomingFile {
	name: string;
	text: string;
}

const today = () => new Date().toISOString().slice(0, 10);

export interface ImportResult {
	/** One per file, in order. */
	outcomes: Outcome[];
	/** The rows written (new or replacing) and their files, already parsed. */
	kept: { row: EvaluationReportRow; summary: Summary }[];
}

/** Check, plan and keep. */
export async function importEvaluationFiles(
	store: Store,
	files: readonly IncomingFile[],
	codebook: LeafIndex,
	day: string = today()
): Promise<ImportResult> {
	const parsed = new Map<EvaluationReportRow, Summary>();
	const incoming = await Promise.all(
		files.map(async ({ name, text }) => {
			const r = await validateSummary(text, codebook);
			if (!r.ok)
				return {
					name,
					refused: {
						name,
						status: 'refused',
						kind: r.kind,
						message: r.message,
						detail: r.detail
					} satisfies Outcome
				};
			const s = r.summary;
			const row: EvaluationReportRow = {
				round: s.round,
				revision: s.revision,
				checksum: s.checksum,
				name,
				band: s.group.band,
				label: s.group.label,
				bytes: r.bytes,
				imported: day,
				text: r.text
			};
			parsed.set(row, s);
			return { name, row };
		})
	);
	// Only the rounds coming in are read back (1,000 kept files are 10 MB of text).
	const rounds = [...new Set(incoming.flatMap((f) => (f.row ? [f.row.round] : [])))];
	const plan = await store.write(async (t) => {
		const old = await Promise.all(rounds.map((r) => t.evaluationReports.get(r)));
		const kept = new Map(old.flatMap((r) => (r ? [[r.round, r] as const] : [])));
		const plan = planImport<EvaluationReportRow>(kept, incoming);
		if (plan.put.length) await t.evaluationReports.bulkPut(plan.put);
		return plan;
	});
	return {
		outcomes: plan.outcomes,
		kept: plan.put.map((row) => ({ row, summary: parsed.get(row)! }))
	};
}

export function listEvaluationReports(store: Store): Promise<EvaluationReportRow[]> {
	return store.read((t) => t.evaluationReports.all());
}

/** The kept files, each with its summary read back (they were checked on import). */
export async function keptReports(
	store: Store
): Promise<{ row: EvaluationReportRow; summary: Summary }[]> {
	return (await listEvaluationReports(store)).map((row) => ({
		row,
		summary: readSummary(row.text)
	}));
}

export async function keptSummaries(store: Store): Promise<Summary[]> {
	return (await keptReports(store)).map((k) => k.summary);
}

export async function removeEvaluationReport(store: Store, round: string): Promise<void> {
	await store.write((t) => t.evaluationReports.delete(round));
}

export async function clearEvaluationReports(store: Store): Promise<void> {
	await store.write((t) => t.evaluationReports.clear());
}
