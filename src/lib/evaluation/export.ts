// The item-level CSV of a group's summary file: one row per count, with the codebook's
// objective and right answer beside it, UTF-8 with a BOM so a spreadsheet keeps the
// Vietnamese letters. Made from the summary itself, so it holds nothing the file does not.
import type { CodebookLeaf } from './report/codebook';
import type { Summary } from './summary';

const cell = (v: unknown) => {
	const s = v === null || v === undefined ? '' : String(v);
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function itemCsv(summary: Summary, codebook: CodebookLeaf[] = []): string {
	const rows = new Map(codebook.map((l) => [`${l.instrument}@${l.version}|${l.id}`, l]));
	const head = [
		'round',
		'revision',
		'group',
		'band',
		'leaf',
		'objective',
		'wave',
		'form',
		'arm',
		'option',
		'correct',
		'n',
		'takers'
	];
	const takers = new Map(summary.takers.map((t) => [`${t.wave}|${t.form}`, t.n]));
	const lines = summary.counts.map((c) => {
		const inst = c.leaf.slice(0, c.leaf.indexOf('.'));
		const leaf = rows.get(`${inst}@${summary.instruments[inst]}|${c.leaf}`);
		const correct = leaf?.correct == null ? '' : c.option === leaf.correct ? 1 : 0;
		return [
			summary.round,
			summary.revision,
			summary.group.label,
			summary.group.band,
			c.leaf,
			leaf?.objective ?? '',
			c.wave,
			c.form,
			c.arm ?? '',
			c.option,
			c.option === 'skip' ? '' : correct,
			c.n,
			takers.get(`${c.wave}|${c.form}`) ?? 0
		]
			.map(cell)
			.join(',');
	});
	return '\uFEFF' + [head.join(','), ...lines].join('\r\n') + '\r\n';
}

export const itemCsvName = (s: Summary) =>
	`danh-gia-${s.group.band}-${s.round}-r${s.revision}-cau-hoi.csv`;
