// Valibot schemas for frontmatter and compiled activities. Messages are bilingual because
// authors read them in the terminal: Vietnamese first, English in brackets.
import * as v from 'valibot';
import { ACTIVITY_TYPES, BANDS, GUIDE_AUDIENCES, PLATFORMS, TOPICS } from './vocab';

/** Who an adults' practice module (content/tap-huan/<audience>/) is for: its folder's name. */
export const TRAINING_AUDIENCES = ['thay-co', 'phu-huynh'] as const;

const text = (field: string) =>
	v.pipe(
		v.string(`"${field}" phải là chữ (must be text)`),
		v.trim(),
		v.nonEmpty(`"${field}" đang trống (is empty)`)
	);

const list = (field: string, min: number, max: number) =>
	v.pipe(
		v.array(text(field), `"${field}" phải là danh sách (must be a list)`),
		v.minLength(min, `"${field}" cần ít nhất ${min} dòng (needs at least ${min})`),
		v.maxLength(max, `"${field}" có nhiều nhất ${max} dòng (at most ${max})`)
	);

export const LessonFrontmatter = v.strictObject(
	{
		id: v.pipe(
			v.string('"id" phải là chữ (must be text)'),
			v.regex(
				/^[a-z0-9]+(-[a-z0-9]+)*$/,
				'"id" chỉ gồm chữ thường không dấu, số và dấu gạch ngang (lowercase ascii, digits, hyphens)'
			)
		),
		title: text('title'),
		band: v.picklist(BANDS, `"band" phải là một trong ${BANDS.join(', ')} (invalid band)`),
		summary: text('summary'),
		objectives: list('objectives', 1, 6),
		topics: v.pipe(
			v.array(
				v.picklist(TOPICS, 'chủ đề không có trong danh sách (unknown topic)'),
				'"topics" phải là danh sách (must be a list)'
			),
			v.minLength(1, '"topics" cần ít nhất một chủ đề (needs a topic)')
		),
		platforms: v.array(
			v.picklist(PLATFORMS, 'nền tảng không có trong danh sách (unknown platform)'),
			'"platforms" phải là danh sách (must be a list)'
		),
		duration: v.pipe(
			v.number('"duration" phải là số phút (must be a number of minutes)'),
			v.integer('"duration" phải là số nguyên (must be whole minutes)'),
			v.minValue(3, '"duration" ít nhất 3 phút (at least 3)'),
			v.maxValue(60, '"duration" nhiều nhất 60 phút (at most 60)')
		),
		version: v.optional(
			v.pipe(
				v.number('"version" phải là số (must be a number)'),
				v.integer('"version" phải là số nguyên (must be an integer)'),
				v.minValue(1, '"version" bắt đầu từ 1 (starts at 1)')
			),
			1
		),
		keyMessages: list('keyMessages', 2, 3),
		// Only adults' practice modules carry it (training.ts requires it there, load.ts refuses
		// it in a children's lesson).
		audience: v.optional(
			v.picklist(TRAINING_AUDIENCES, '"audience" phải là thay-co hoặc phu-huynh (invalid audience)')
		)
	},
	'trường không được hỗ trợ (unknown field)'
);
export type LessonFrontmatter = v.InferOutput<typeof LessonFrontmatter>;

export const GuideFrontmatter = v.strictObject(
	{
		id: v.pipe(
			v.string('"id" phải là chữ (must be text)'),
			v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '"id" chỉ gồm chữ thường không dấu, số và dấu gạch ngang')
		),
		title: text('title'),
		audience: v.picklist(
			[...GUIDE_AUDIENCES, 'glossary'],
			'"audience" phải là parents, teachers hoặc glossary (invalid audience)'
		),
		summary: text('summary')
	},
	'trường không được hỗ trợ (unknown field)'
);
export type GuideFrontmatter = v.InferOutput<typeof GuideFrontmatter>;

// Shape checks of the compiled activities: a safety net behind the line-level checks in
// parse.ts, so a parser bug cannot ship malformed data.
const Rich = v.object({ html: v.string(), text: v.string() });
const Base = {
	id: v.string(),
	prompt: Rich,
	line: v.number()
};
export const ActivitySchema = v.variant('type', [
	v.object({
		...Base,
		type: v.literal('choice'),
		multiple: v.boolean(),
		options: v.pipe(
			v.array(v.object({ id: v.string(), label: Rich, correct: v.boolean(), feedback: Rich })),
			v.minLength(2)
		)
	}),
	v.object({
		...Base,
		type: v.literal('chat'),
		platform: v.picklist(PLATFORMS),
		contact: v.string(),
		start: v.string(),
		nodes: v.record(v.string(), v.object({ id: v.string() }))
	}),
	v.object({
		...Base,
		type: v.literal('redflag'),
		platform: v.picklist(PLATFORMS),
		items: v.pipe(v.array(v.object({ id: v.string(), flag: v.boolean(), why: Rich })), v.minLength(2))
	}),
	v.object({
		...Base,
		type: v.literal('sort'),
		bins: v.pipe(v.array(v.string()), v.minLength(2), v.maxLength(4)),
		cards: v.pipe(v.array(v.object({ id: v.string(), bin: v.string(), why: Rich })), v.minLength(2))
	}),
	v.object({
		...Base,
		type: v.literal('settings'),
		platform: v.picklist(PLATFORMS),
		settings: v.pipe(v.array(v.object({ id: v.string(), why: Rich })), v.minLength(1))
	})
]);
export const ACTIVITY_TYPE_LIST = ACTIVITY_TYPES;
