// The codebook (eval-spec §1): one row per leaf, for the coordinator's report and for
// anyone reading the item-level CSV. Generated from the instruments at each build.
import type { CodebookLeaf } from '../report/codebook';
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
