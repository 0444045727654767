// The class summary as a CSV file for the teacher's spreadsheet: UTF-8 with BOM (Excel
// then reads Vietnamese correctly), CRLF line ends, RFC 4180 quoting, and no cell that a
// spreadsheet would run as a formula.
// The labels come from the caller, in the language of the screen (csvLabels(t)).
import type { ClassSummary } from './model';

export interface CsvLabels {
	nickname: string;
	band: string;
	/** `{{band}}` is replaced: "6-8" alone would be read by Excel as a date. */
	bandValue: string;
	done: string;
	/** `{{count}}` is replaced by the stars. */
	cellDone: string;
	cellInProgress: string;
	cellNotStarted: string;
}

/** Labels in the current language, from a `t` function (keys progress:csv.*). */
export function csvLabels(t: (key: string, options?: Record<string, string>) => string): CsvLabels {
	const l = (k: keyof CsvLabels, o?: Record<string, string>) => t(`progress:csv.${k}`, o);
	return {
		nickname: l('nickname'),
		band: l('band'),
		// Placeholders pass through t() untouched and are filled per row by toCsv.
		bandValue: l('bandValue', { band: '{{band}}' }),
		done: l('done'),
		cellDone: l('cellDone', { count: '{{count}}' }),
		cellInProgress: l('cellInProgress'),
		cellNotStarted: l('cellNotStarted')
	};
}

export interface CsvOptions {
	/** ',' (default); ';' suits Excel set to a locale whose decimal mark is ','. */
	delimiter?: ',' | ';' | '\t';
}

const fill = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

/** One cell: formula guard first, then quoting when needed. */
export function csvField(value: string | number, delimiter = ','): string {
	let s = String(value);
	// =, +, -, @ (and tab/CR, which some spreadsheets skip first) start a formula.
	if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	if (s.includes('"') || s.includes('\n') || s.includes('\r') || s.includes(delimiter))
		s = `"${s.replace(/"/g, '""')}"`;
	return s;
}

/** The summary as shown (one band or all): a header line, then one line per learner. */
export function toCsv(
	summary: Pick<ClassSummary, 'lessons' | 'rows'>,
	labels: CsvLabels,
	options: CsvOptions = {}
): string {
	const d = options.delimiter ?? ',';
	const line = (cells: (string | number)[]) => cells.map((c) => csvField(c, d)).join(d);
	const lines = [
		line([labels.nickname, labels.band, labels.done, ...summary.lessons.map((l) => l.title)])
	];
	for (const row of summary.rows) {
		lines.push(
			line([
				row.profile.nickname,
				fill(labels.bandValue, { band: row.profile.band }),
				row.done,
				...summary.lessons.map((l) => {
					const cell = row.cells[l.id];
					if (cell?.status === 'done') return fill(labels.cellDone, { count: cell.stars });
					if (cell?.status === 'in-progress') return labels.cellInProgress;
					return labels.cellNotStarted;
				})
			])
		);
	}
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
