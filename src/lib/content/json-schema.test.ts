// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LESSON_SCHEMA_FILE, lessonJsonSchema, lessonJsonSchemaText } from './json-schema';
import { BANDS, TOPICS } from './vocab';

describe('content/lesson.schema.json', () => {
	it('is the JSON Schema of the valibot frontmatter schema (else: npm run content:schema)', () => {
		const onDisk = readFileSync(join(process.cwd(), LESSON_SCHEMA_FILE), 'utf8');
		expect(onDisk, 'run `npm run content:schema` after changing schema.ts').toBe(lessonJsonSchemaText());
	});

	it('carries the rules authors meet: required fields, enums, ranges, no unknown field', () => {
		const schema = lessonJsonSchema() as {
			required: string[];
			additionalProperties: boolean;
			properties: Record<string, { enum?: string[]; items?: { enum?: string[] }; minimum?: number; maximum?: number; type?: string; default?: unknown; description?: string }>;
		};
		expect(schema.required).toEqual(
			['id', 'title', 'band', 'summary', 'objectives', 'topics', 'platforms', 'duration', 'keyMessages']
		);
		expect(schema.additionalProperties).toBe(false);
		expect(schema.properties.band.enum).toEqual([...BANDS]);
		expect(schema.properties.topics.items?.enum).toEqual([...TOPICS]);
		expect(schema.properties.duration).toMatchObject({ type: 'integer', minimum: 3, maximum: 60 });
		expect(schema.properties.version.default).toBe(1);
		for (const [key, field] of Object.entries(schema.properties))
			expect(field.description, key).toBeTruthy();
	});
});
