// The studio's check of one lesson, in the browser: the course's own parser (parse.ts) on
// the text, under a file name made from the lesson's band and id, plus the rules that only
// matter on a device (an id of its own, a size a tablet can hold). Pure: no DOM, no store.
import { parseLesson } from '$lib/content/parse';
import type { ContentError, LearnerLesson } from '$lib/content/types';
import { isBand } from '$lib/content/bands';
import type { CustomLessonRow } from '$lib/progress/custom-lessons';

/** A lesson file is a few KB; a tablet should not be handed megabytes as one. */
export const MAX_SOURCE = 200_000;

export interface StudioCheck {
	row: CustomLessonRow | null;
	errors: ContentError[];
}

const field = (source: string, key: string) =>
	new RegExp(`^${key}:\\s*(\\S+)\\s*$`, 'm').exec(source)?.[1];

/** The file name the parser expects: content/<band>/90-<id>.md (band and id from the text). */
export function studioPath(source: string): string {
	const band = field(source, 'band') ?? '';
	const id = (field(source, 'id') ?? 'bai-moi').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
	return `content/${isBand(band) ? band : '6-8'}/90-${id || 'bai-moi'}.md`;
}

/**
 * Check a teacher's lesson. `courseIds`: the course's own lesson ids, which a kept lesson
 * must not take (its progress would mix with the course lesson's).
 */
export function checkLesson(
	source: string,
	opts: { courseIds: ReadonlySet<string>; base: string; now?: number }
): StudioCheck {
	const path = studioPath(source);
	if (source.length > MAX_SOURCE)
		return {
			row: null,
			errors: [
				{ path, line: 1, message: `bài quá dài (trên ${MAX_SOURCE} ký tự) (file too large)` }
			]
		};
	const { lesson, errors } = parseLesson(source, { path, base: opts.base });
	if (!lesson) return { row: null, errors };
	if (opts.courseIds.has(lesson.id)) {
		const line = source.split('\n').findIndex((l) => /^id:/.test(l)) + 1 || 2;
		return {
			row: null,
			errors: [
				{
					path,
					line,
					message: `mã bài "${lesson.id}" đã có trong khóa học; hãy đặt mã khác (duplicate id)`
				}
			]
		};
	}
	const { facilitator: _f, parents: _p, ...learner } = lesson;
	return {
		row: {
			id: lesson.id,
			band: lesson.band,
			title: lesson.title,
			summary: lesson.summary,
			version: lesson.version,
			source,
			lesson: learner satisfies LearnerLesson,
			updated: opts.now ?? Date.now()
		},
		errors: []
	};
}

/** A course lesson as a starting point: a new id (and a title that says it is a copy). */
export function copyForEditing(source: string): string {
	return source
		.replace(/^id:\s*(\S+)\s*$/m, (_m, id: string) => `id: ${id}-ban-sua`)
		.replace(/^title:\s*(.+)$/m, (_m, t: string) => `title: ${t.trim()} (bản sửa)`);
}

/** Insert `text` as its own block at the start of line `line` (1-based). */
export function insertAtLine(source: string, line: number, text: string): string {
	const lines = source.split('\n');
	const at = Math.max(0, Math.min(lines.length, line - 1));
	lines.splice(at, 0, ...text.replace(/\n$/, '').split('\n'), '');
	return lines.join('\n');
}
