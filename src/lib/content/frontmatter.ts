// A file's frontmatter: the YAML between the two "---" lines, read with `yaml`'s
// LineCounter so that every problem points at the line of its key, then checked against a
// valibot schema with bilingual messages. Pure, as the rest of the parser.
import * as v from 'valibot';
import { isMap, LineCounter, parseDocument } from 'yaml';
import type { Errors } from './blocks';


export interface Frontmatter {
	data: unknown;
	/** Line of each top-level key, for error messages. */
	keyLines: Map<string, number>;
	/** 1-based line of the closing "---": the body starts on the line after it. */
	bodyStart: number;
	/** Every line of the file, LF-normalised, without a byte-order mark. */
	lines: string[];
}

export function splitFrontmatter(source: string, errors: Errors): Frontmatter | null {
	const raw = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
	if (raw[0]?.trim() !== '---') {
		errors.add(1, 'tệp phải bắt đầu bằng khối "---" (frontmatter is missing)');
		return null;
	}
	const end = raw.findIndex((l, i) => i > 0 && l.trim() === '---');
	if (end < 0) {
		errors.add(1, 'khối "---" ở đầu tệp chưa được đóng (frontmatter is not closed)');
		return null;
	}
	const yamlText = raw.slice(1, end).join('\n');
	const counter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
	for (const e of doc.errors) {
		// With prettyErrors off, e.linePos is never set: locate the error with the counter.
		const line = counter.linePos(e.pos[0]).line;
		errors.add(line + 1, `lỗi YAML: ${e.message.split('\n')[0]} (YAML error)`);
	}
	const keyLines = new Map<string, number>();
	if (isMap(doc.contents)) {
		for (const item of doc.contents.items) {
			const key = item.key as { value?: unknown; range?: [number, number, number] } | null;
			if (key?.range && typeof key.value === 'string') {
				keyLines.set(key.value, counter.linePos(key.range[0]).line + 1);
			}
		}
	}
	return {
		// An empty frontmatter is an empty mapping, so every missing field gets reported.
		data: doc.errors.length ? null : (doc.toJS() ?? {}),
		keyLines,
		bodyStart: end + 1,
		lines: raw
	};
}

export function checkFrontmatter<S extends v.GenericSchema>(
	schema: S,
	fm: Frontmatter,
	errors: Errors
): v.InferOutput<S> | null {
	if (fm.data === null) return null;
	if (typeof fm.data !== 'object' || Array.isArray(fm.data)) {
		errors.add(2, 'phần đầu tệp phải là các dòng "tên: giá trị" (frontmatter must be a mapping)');
		return null;
	}
	const result = v.safeParse(schema, fm.data);
	if (result.success) return result.output;
	for (const issue of result.issues) {
		const key = issue.path?.[0]?.key;
		const keyName = typeof key === 'string' ? key : undefined;
		const line = (keyName && fm.keyLines.get(keyName)) || 2;
		const received = issue.path && issue.path.length > 1 ? ` ${JSON.stringify(issue.input)}` : '';
		const where = keyName ? `"${keyName}"${received}: ` : '';
		const message =
			// A strict object reports both unknown keys (expected "never") and missing keys.
			issue.type === 'strict_object' && issue.expected === 'never' && keyName
				? `trường "${keyName}" không được hỗ trợ (unknown field)`
				: issue.input === undefined && keyName
					? `thiếu trường "${keyName}" (missing field)`
					: `${where}${issue.message}`;
		errors.add(issue.input === undefined && keyName ? 1 : line, message);
	}
	return null;
}
