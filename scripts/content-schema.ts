// npm run content:schema: writes content/lesson.schema.json from the valibot schema.
// json-schema.test.ts fails while the file and the schema disagree.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LESSON_SCHEMA_FILE, lessonJsonSchemaText } from '../src/lib/content/json-schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, LESSON_SCHEMA_FILE), lessonJsonSchemaText());
console.log(`→ ${LESSON_SCHEMA_FILE}`);
