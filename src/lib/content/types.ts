// Data compiled from content/ at build time. Everything here is plain, serialisable data:
// it travels from the prerender step to the page as JSON. Each type is the output of its
// valibot schema in schema.ts, the one place a shape is written down.
import type * as v from 'valibot';
import type * as S from './schema';

/** Markdown compiled at build time: `html` is safe to render, `text` is for read-aloud. */
export type Rich = v.InferOutput<typeof S.RichSchema>;
export type Image = v.InferOutput<typeof S.ImageSchema>;
export type Step = v.InferOutput<typeof S.StepSchema>;

export type ChoiceOption = v.InferOutput<typeof S.ChoiceOptionSchema>;
export type ChoiceActivity = v.InferOutput<typeof S.ChoiceActivitySchema>;

export type ChatMessage = v.InferOutput<typeof S.ChatMessageSchema>;
export type ChatReply = v.InferOutput<typeof S.ChatReplySchema>;
export type ChatNode = v.InferOutput<typeof S.ChatNodeSchema>;
export type ChatActivity = v.InferOutput<typeof S.ChatActivitySchema>;

export type RedflagItem = v.InferOutput<typeof S.RedflagItemSchema>;
export type RedflagActivity = v.InferOutput<typeof S.RedflagActivitySchema>;

export type SortCard = v.InferOutput<typeof S.SortCardSchema>;
export type SortActivity = v.InferOutput<typeof S.SortActivitySchema>;

export type SettingOption = v.InferOutput<typeof S.SettingOptionSchema>;
export type Setting = v.InferOutput<typeof S.SettingSchema>;
export type SettingsActivity = v.InferOutput<typeof S.SettingsActivitySchema>;

export type Activity = v.InferOutput<typeof S.ActivitySchema>;
export type ActivityScreen = Extract<Screen, { kind: 'activity' }>;
export type Screen = v.InferOutput<typeof S.ScreenSchema>;

/** What authors write between the two "---" lines, once checked. */
export type LessonFrontmatter = v.InferOutput<typeof S.LessonFrontmatter>;
export type GuideFrontmatter = v.InferOutput<typeof S.GuideFrontmatter>;

export type LessonMeta = v.InferOutput<typeof S.LessonMetaSchema>;
export type Lesson = v.InferOutput<typeof S.LessonSchema>;
export type GuideMeta = v.InferOutput<typeof S.GuideMetaSchema>;
export type Guide = v.InferOutput<typeof S.GuideSchema>;
export type ContentError = v.InferOutput<typeof S.ContentErrorSchema>;

/** What the learner's page carries: the lesson without the adults' parts. */
export type LearnerLesson = Omit<Lesson, 'facilitator' | 'parents'>;

/** One row of /lessons.json, the course index. */
export type CatalogueEntry = v.InferOutput<typeof S.CatalogueEntrySchema>;
