// The JSON Schema of a lesson's frontmatter, generated from the valibot schema (never
// written by hand), for editors: content/lesson.schema.json, see content/README.md.
import { toJsonSchema } from '@valibot/to-json-schema';
import { LessonFrontmatter } from './schema';

export const LESSON_SCHEMA_FILE = 'content/lesson.schema.json';

export function lessonJsonSchema(): Record<string, unknown> {
	// `v.trim()` has no JSON Schema form; it only tidies what the author wrote.
	const schema = toJsonSchema(LessonFrontmatter, { errorMode: 'ignore' });
	return {
		$schema: 'http://json-schema.org/draft-07/schema#',
		title: 'Khiên Nhỏ: phần đầu (frontmatter) của một bài học',
		description: 'Tạo từ src/lib/content/schema.ts bằng `npm run content:schema`; đừng sửa tay.',
		...schema
	};
}

/** The file's text, as written by `npm run content:schema`. */
export function lessonJsonSchemaText(): string {
	return JSON.stringify(lessonJsonSchema(), null, '\t') + '\n';
}
