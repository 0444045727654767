// Valibot schemas: the one source of the content's shapes. Frontmatter schemas check what
// authors write (messages are bilingual because authors read them in the terminal:
// Vietnamese first, English in brackets; `v.description` is the hover text editors show
// from content/lesson.schema.json). The compiled schemas describe what the parser hands to
// pages; types.ts derives every content type from them with `v.InferOutput`, so a type and
// its check cannot drift apart.
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

/** Hover text for editors: JSON Schema's "description", from content/lesson.schema.json. */
const about = <S extends v.GenericSchema>(schema: S, description: string) =>
	v.pipe(schema, v.description(description));

export const LessonFrontmatter = v.strictObject(
	{
		id: about(
			v.pipe(
				v.string('"id" phải là chữ (must be text)'),
				v.regex(
					/^[a-z0-9]+(-[a-z0-9]+)*$/,
					'"id" chỉ gồm chữ thường không dấu, số và dấu gạch ngang (lowercase ascii, digits, hyphens)'
				)
			),
			'Mã bài, không đổi khi sửa bài: chữ thường không dấu, số, "-". Ví dụ b68-co-the-cua-em.'
		),
		title: about(text('title'), 'Tên bài học, trẻ đọc thấy trên thẻ bài.'),
		band: about(
			v.picklist(BANDS, `"band" phải là một trong ${BANDS.join(', ')} (invalid band)`),
			'Lứa tuổi, trùng với tên thư mục của tệp.'
		),
		summary: about(text('summary'), 'Một câu nói bài học giúp em điều gì.'),
		objectives: about(list('objectives', 1, 6), 'Mục tiêu bài học (1 đến 6 dòng), cho thầy cô và bố mẹ.'),
		topics: about(
			v.pipe(
				v.array(
					v.picklist(TOPICS, 'chủ đề không có trong danh sách (unknown topic)'),
					'"topics" phải là danh sách (must be a list)'
				),
				v.minLength(1, '"topics" cần ít nhất một chủ đề (needs a topic)')
			),
			'Chủ đề của bài, trong danh sách cố định (src/lib/content/vocab.ts).'
		),
		platforms: about(
			v.array(
				v.picklist(PLATFORMS, 'nền tảng không có trong danh sách (unknown platform)'),
				'"platforms" phải là danh sách (must be a list)'
			),
			'Ứng dụng bài nhắc đến; có thể để trống [].'
		),
		duration: about(
			v.pipe(
				v.number('"duration" phải là số phút (must be a number of minutes)'),
				v.integer('"duration" phải là số nguyên (must be whole minutes)'),
				v.minValue(3, '"duration" ít nhất 3 phút (at least 3)'),
				v.maxValue(60, '"duration" nhiều nhất 60 phút (at most 60)')
			),
			'Số phút cho một buổi học nhóm (3 đến 60).'
		),
		version: v.optional(
			about(
				v.pipe(
					v.number('"version" phải là số (must be a number)'),
					v.integer('"version" phải là số nguyên (must be an integer)'),
					v.minValue(1, '"version" bắt đầu từ 1 (starts at 1)')
				),
				'Tăng lên 1 khi sửa hoạt động: em đang học dở sẽ bắt đầu lại bài.'
			),
			1
		),
		keyMessages: about(list('keyMessages', 2, 3), 'Hai hoặc ba điều em cần nhớ sau bài học.'),
		// Only adults' practice modules carry it (training.ts requires it there, load.ts refuses
		// it in a children's lesson).
		audience: about(
			v.optional(
				v.picklist(TRAINING_AUDIENCES, '"audience" phải là thay-co hoặc phu-huynh (invalid audience)')
			),
			'Chỉ dùng trong bài tập huấn cho người lớn (content/tap-huan/): thay-co hoặc phu-huynh, trùng tên thư mục.'
		)
	},
	'trường không được hỗ trợ (unknown field)'
);

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

// ---------------------------------------------------------------- compiled content

const id = v.pipe(v.string(), v.nonEmpty());

/** Markdown compiled at build time: `html` is safe to render, `text` is for read-aloud. */
export const RichSchema = v.object({ html: v.string(), text: v.string() });

export const ImageSchema = v.object({ src: v.string(), alt: v.pipe(v.string(), v.nonEmpty()) });

export const StepSchema = v.object({
	kind: v.literal('step'),
	title: v.string(),
	body: RichSchema,
	image: v.optional(ImageSchema)
});

const ActivityBase = {
	/** Stable within a lesson version: "a1", "a2", ... in file order. */
	id,
	prompt: RichSchema,
	/** Line of the `::: type` line in the source file. */
	line: v.pipe(v.number(), v.integer(), v.minValue(1))
};

export const ChoiceOptionSchema = v.object({
	id,
	label: RichSchema,
	correct: v.boolean(),
	feedback: RichSchema
});
export const ChoiceActivitySchema = v.object({
	...ActivityBase,
	type: v.literal('choice'),
	options: v.pipe(v.array(ChoiceOptionSchema), v.minLength(2)),
	/** More than one right option: the child picks all of them. */
	multiple: v.boolean()
});

export const ChatMessageSchema = v.object({
	/** Display name of the other person, or one of the learner's own names ("Em", "Mình"). */
	from: v.string(),
	mine: v.boolean(),
	text: v.string()
});
export const ChatReplySchema = v.object({
	id,
	text: v.string(),
	safe: v.boolean(),
	next: id,
	feedback: v.optional(RichSchema)
});
export const ChatNodeSchema = v.object({
	id,
	messages: v.array(ChatMessageSchema),
	replies: v.array(ChatReplySchema),
	/** Set on endings only. */
	end: v.optional(v.object({ safe: v.boolean(), feedback: RichSchema })),
	/** A node with no replies and no ending continues here. */
	goto: v.optional(id)
});
export const ChatActivitySchema = v.object({
	...ActivityBase,
	type: v.literal('chat'),
	platform: v.picklist(PLATFORMS),
	/** Name shown at the top of the mock chat screen. */
	contact: v.pipe(v.string(), v.nonEmpty()),
	/** The contact's portrait, from `::: chat zalo [[anh khải]] Anh Khải`. */
	contactPicture: v.optional(ImageSchema),
	start: id,
	nodes: v.record(v.string(), ChatNodeSchema)
});

export const RedflagItemSchema = v.object({
	id,
	from: v.string(),
	mine: v.boolean(),
	text: v.string(),
	picture: v.optional(ImageSchema),
	flag: v.boolean(),
	why: RichSchema
});
export const RedflagActivitySchema = v.object({
	...ActivityBase,
	type: v.literal('redflag'),
	platform: v.picklist(PLATFORMS),
	/** A profile card shown above the messages, when the activity is about a profile. */
	profile: v.optional(
		v.object({ name: v.string(), bio: v.string(), picture: v.optional(ImageSchema) })
	),
	items: v.pipe(v.array(RedflagItemSchema), v.minLength(2))
});

export const SortCardSchema = v.object({
	id,
	text: v.string(),
	picture: v.optional(ImageSchema),
	bin: v.string(),
	why: RichSchema
});
export const SortActivitySchema = v.object({
	...ActivityBase,
	type: v.literal('sort'),
	bins: v.pipe(v.array(v.string()), v.minLength(2), v.maxLength(4)),
	/** A bin's picture, by bin name, when the "hộp:" line gives one. */
	binPictures: v.optional(v.record(v.string(), ImageSchema)),
	cards: v.pipe(v.array(SortCardSchema), v.minLength(2))
});

export const SettingOptionSchema = v.object({ id, label: v.string(), safe: v.boolean() });
export const SettingSchema = v.object({
	id,
	label: v.string(),
	options: v.pipe(v.array(SettingOptionSchema), v.minLength(2)),
	why: RichSchema
});
export const SettingsActivitySchema = v.object({
	...ActivityBase,
	type: v.literal('settings'),
	platform: v.picklist(PLATFORMS),
	settings: v.pipe(v.array(SettingSchema), v.minLength(1))
});

/** Every compiled activity; the parser checks each one against it before it ships. */
export const ActivitySchema = v.variant('type', [
	ChoiceActivitySchema,
	ChatActivitySchema,
	RedflagActivitySchema,
	SortActivitySchema,
	SettingsActivitySchema
]);

export const ScreenSchema = v.variant('kind', [
	StepSchema,
	v.object({ kind: v.literal('activity'), activity: ActivitySchema })
]);

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Lesson metadata: the frontmatter's output plus what the path and the body tell. */
export const LessonMetaSchema = v.object({
	...LessonFrontmatter.entries,
	version: v.pipe(v.number(), v.integer(), v.minValue(1)),
	slug: id,
	lang: v.string(),
	order: count,
	activityCounts: v.record(v.picklist(ACTIVITY_TYPES), count),
	stepCount: count,
	/** Repository-relative path of the source file, e.g. content/6-8/01-co-the-em.md */
	path: v.string()
});

export const LessonSchema = v.object({
	...LessonMetaSchema.entries,
	screens: v.array(ScreenSchema),
	/** Questions for the group between activities (group mode), in file order. */
	discuss: v.array(v.string()),
	facilitator: RichSchema,
	parents: v.optional(RichSchema)
});

export const GuideMetaSchema = v.object({
	...GuideFrontmatter.entries,
	slug: id,
	order: count,
	/** Minutes, at about 200 Vietnamese words a minute. */
	readingTime: v.pipe(v.number(), v.integer(), v.minValue(1)),
	path: v.string()
});
export const GuideSchema = v.object({
	...GuideMetaSchema.entries,
	body: RichSchema,
	/** Table of contents from the guide's level-2 headings. */
	toc: v.array(v.object({ id: v.string(), title: v.string() }))
});

export const ContentErrorSchema = v.object({
	path: v.string(),
	line: v.number(),
	message: v.string()
});

/** One row of /lessons.json, the course index. */
export const CatalogueEntrySchema = v.object({
	id,
	band: v.picklist(BANDS),
	slug: id,
	title: v.string(),
	topics: v.array(v.picklist(TOPICS)),
	version: v.number(),
	screens: count
});
