// The codebook (content/danh-gia/README.md §6): one row per leaf, for the coordinator's report and
// for anyone reading the item-level CSV. Generated from the instruments at each build.
import type { CodebookLeaf, CodebookObjective } from '../report/codebook';
import { leavesOf } from './leaves';
import type { BandInstruments } from './types';

export function codebookRows(bands: BandInstruments[]): CodebookLeaf[] {
	const rows: CodebookLeaf[] = [];
	for (const b of bands)
		for (const inst of [b.a, b.b, b.chung]) {
			const form = inst.kind === 'form' ? inst.form : null;
			for (const leaf of leavesOf(inst))
				rows.push({ ...leaf, band: b.band, form, instrument: inst.id, version: inst.version });
		}
	return rows;
}

/**
 * The wording of every objective the forms measure, per band, for the report's tables (without
 * it the report shows the codes, `du-do`). Forms A and B measure the same objectives; the first
 * wording of a code is kept.
 */
export function codebookObjectives(bands: BandInstruments[]): CodebookObjective[] {
	const out: CodebookObjective[] = [];
	for (const b of bands) {
		const seen = new Set<string>();
		for (const form of [b.a, b.b])
			for (const [code, text] of Object.entries(form.objectives))
				if (!seen.has(code)) {
					seen.add(code);
					out.push({ band: b.band, code, text });
				}
	}
	return out;
}

const cell = (v: unknown) => {
	const s = v === null || v === undefined ? '' : String(v);
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
/** A spreadsheet opens it with the Vietnamese letters intact: UTF-8 with a BOM. */
export const BOM = '\uFEFF';

export function codebookCsv(rows: CodebookLeaf[]): string {
	const head = [
		'leaf',
		'band',
		'form',
		'instrument',
		'version',
		'objective',
		'kind',
		'text',
		'options',
		'correct',
		'sensitive'
	];
	const lines = rows.map((r) =>
		[
			r.id,
			r.band,
			r.form,
			r.instrument,
			r.version,
			r.objective,
			r.kind,
			r.text,
			r.options.map((o) => `${o.key}=${o.text}`).join('; '),
			r.correct,
			r.sensitive ? 'yes' : ''
		]
			.map(cell)
			.join(',')
	);
	return BOM + [head.join(','), ...lines].join('\r\n') + '\r\n';
}
