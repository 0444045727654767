// The report page's state, one small rune object: the codebook (fetched: it is generated
// from the forms and prerendered), the files kept on this device (through the progress
// module), imports, and the report derived from them.
import { resolve } from '$app/paths';
import { BANDS } from '$lib/content/bands';
import { compareVi } from '$lib/i18n/text';
import { buildReport, type SectionReport } from '$lib/evaluation/report/aggregate';
import { codebookFromJson, type Codebook } from '$lib/evaluation/report/codebook';
import type { Outcome } from '$lib/evaluation/report/collection';
import { mergeSummaries } from '$lib/evaluation/report/merge';
import type { Summary } from '$lib/evaluation/summary';
import type { EvaluationReportRow } from '$lib/progress/model';
import { progress } from '$lib/progress/progress.svelte';
import type { Store } from '$lib/progress/store';

type Reports = typeof import('$lib/progress/evaluation-reports');

export class ReportState {
	ready = $state(false);
	codebook = $state.raw<Codebook | null>(null);
	rows = $state.raw<EvaluationReportRow[]>([]);
	outcomes = $state.raw<Outcome[]>([]);
	busy = $state(0);
	memoryOnly = $state(false);
	#summaries = $state.raw<Summary[]>([]);
	report: SectionReport[] = $derived(
		this.codebook ? buildReport(mergeSummaries(this.#summaries), this.codebook) : []
	);
	#store: Store | null = null;
	#api: Reports | null = null;

	async open() {
		const [store, api, codebook] = await Promise.all([
			progress.deviceStore(),
			import('$lib/progress/evaluation-reports'),
			fetch(resolve('/thay-co/danh-gia/codebook.json'))
				.then((r) => (r.ok ? r.json() : null))
				.then((j) => (j ? codebookFromJson(j) : null))
				.catch(() => null)
		]);
		this.#store = store;
		this.#api = api;
		this.memoryOnly = store.kind === 'memory';
		this.codebook = codebook;
		await this.#reload();
		this.ready = true;
	}

	/** Kept files by round, parsed once; not reactive itself: #publish() hands out arrays. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#kept = new Map<string, { row: EvaluationReportRow; summary: Summary }>();

	async #reload() {
		const kept = await this.#api!.keptReports(this.#store!);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#kept = new Map(kept.map((k) => [k.row.round, k]));
		this.#publish();
	}

	#publish() {
		const kept = [...this.#kept.values()].sort(
			(a, b) =>
				BANDS.indexOf(a.row.band) - BANDS.indexOf(b.row.band) || compareVi(a.row.label, b.row.label)
		);
		this.rows = kept.map((k) => k.row);
		this.#summaries = kept.map((k) => k.summary);
	}

	/** Check and keep files; a refused one changes nothing. */
	async importFiles(files: { name: string; text: string }[]) {
		if (!this.codebook || !this.#store || !files.length) return;
		this.busy = files.length;
		try {
			const { outcomes, kept } = await this.#api!.importEvaluationFiles(
				this.#store,
				files,
				this.codebook.index
			);
			for (const k of kept) this.#kept.set(k.row.round, k);
			this.outcomes = outcomes;
			if (kept.length) this.#publish();
		} finally {
			this.busy = 0;
		}
	}

	async remove(round: string) {
		await this.#api!.removeEvaluationReport(this.#store!, round);
		await this.#reload();
	}

	async clear() {
		await this.#api!.clearEvaluationReports(this.#store!);
		this.outcomes = [];
		await this.#reload();
	}
}
