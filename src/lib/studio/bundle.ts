// Moving teachers' lessons between devices: one `.md` file, or a bundle of several (JSON
// with their sources). An import is checked whole before anything is written: one bad
// lesson refuses the file, with every error, and the device keeps what it had. Nothing
// compiled is trusted from a file: each source goes through the parser again.
import * as v from 'valibot';
import type { ContentError } from '$lib/content/types';
import { putCustomLessons, type CustomLessonRow } from '$lib/progress/custom-lessons';
import type { Store } from '$lib/progress/store';
import { checkLesson, MAX_SOURCE } from './studio';

export const BUNDLE_FORMAT = 'khien-nho-bai-thay-co';

const BundleSchema = v.strictObject({
	format: v.literal(BUNDLE_FORMAT),
	version: v.literal(1),
	lessons: v.pipe(
		v.array(v.strictObject({ source: v.pipe(v.string(), v.maxLength(MAX_SOURCE)) })),
		v.minLength(1),
		v.maxLength(200)
	)
});

export function bundleJson(rows: Pick<CustomLessonRow, 'source'>[]): string {
	return JSON.stringify(
		{ format: BUNDLE_FORMAT, version: 1, lessons: rows.map((r) => ({ source: r.source })) },
		null,
		1
	);
}

export interface ImportCheck {
	rows: CustomLessonRow[];
	/** Each error names the file (and the lesson's place in a bundle) and its line. */
	errors: ContentError[];
}

/** Read a `.md` lesson or a `.json` bundle; rows only when every lesson in it is valid. */
export function checkImport(
	fileName: string,
	text: string,
	opts: { courseIds: ReadonlySet<string>; base: string }
): ImportCheck {
	let sources: string[];
	if (/\.json$/i.test(fileName)) {
		let data: unknown;
		try {
			data = JSON.parse(text);
		} catch {
			return {
				rows: [],
				errors: [{ path: fileName, line: 1, message: 'tệp JSON bị hỏng (not JSON)' }]
			};
		}
		const parsed = v.safeParse(BundleSchema, data);
		if (!parsed.success)
			return {
				rows: [],
				errors: [
					{
						path: fileName,
						line: 1,
						message: 'tệp không phải gói bài của Khiên Nhỏ (not a lesson bundle)'
					}
				]
			};
		sources = parsed.output.lessons.map((l) => l.source);
	} else if (/\.md$/i.test(fileName)) sources = [text];
	else
		return {
			rows: [],
			errors: [
				{ path: fileName, line: 1, message: 'chỉ nhận tệp .md hoặc .json (wrong file type)' }
			]
		};

	const rows: CustomLessonRow[] = [];
	const errors: ContentError[] = [];
	const seen = new Set<string>();
	sources.forEach((source, i) => {
		const where = sources.length > 1 ? `${fileName} (bài ${i + 1})` : fileName;
		const check = checkLesson(source, opts);
		errors.push(...check.errors.map((e) => ({ ...e, path: where })));
		if (!check.row) return;
		if (seen.has(check.row.id))
			errors.push({
				path: where,
				line: 2,
				message: `mã bài "${check.row.id}" có hai lần trong gói (duplicate id)`
			});
		seen.add(check.row.id);
		rows.push(check.row);
	});
	return errors.length ? { rows: [], errors } : { rows, errors: [] };
}

/** Check, then keep every lesson in one write; on any error nothing is written. */
export async function importLessons(
	store: Store,
	fileName: string,
	text: string,
	opts: { courseIds: ReadonlySet<string>; base: string }
): Promise<ImportCheck> {
	const check = checkImport(fileName, text, opts);
	if (check.rows.length) await putCustomLessons(store, check.rows);
	return check;
}
