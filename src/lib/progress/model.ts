// The shapes of progress data, as valibot schemas, and the types derived from them: one
// source, so the rule a form obeys (profile-edit.ts) and the one a backup file obeys
// (backup-check.ts) cannot drift apart. No Dexie, no Svelte here.
// Defining a schema costs a page nothing until it is used: valibot marks its functions free
// of side effects, so a bundle keeps only the schemas its code calls (the children's pages
// keep none; see budget.json).
import * as v from 'valibot';
import { BANDS, type Band, type Topic } from '$lib/content/vocab';

/** The built-in avatars (drawn in components/profiles/art.ts, named in progress.json). */
export const AVATARS = [
	'cat',
	'dog',
	'rabbit',
	'bear',
	'buffalo',
	'duck',
	'frog',
	'owl',
	'fish',
	'turtle',
	'elephant',
	'pig'
] as const;
export type AvatarId = (typeof AVATARS)[number];

/** The pictures a 3-picture code is made of. */
export const PICTURES = [
	'sun',
	'moon',
	'star',
	'tree',
	'flower',
	'house',
	'boat',
	'heart',
	'cloud'
] as const;
export type PictureId = (typeof PICTURES)[number];

export const LESSON_STATUSES = ['not-started', 'in-progress', 'done'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];

export const NICKNAME_MAX = 20;
/** Id used for the guest's rows in the session-only store. */
export const GUEST_ID = 'guest';
/** Longest lesson, activity or item id kept (ids come from content, never from a child). */
export const MAX_ID = 200;
/** Longest answer kept; a longer one is cut. */
export const MAX_ANSWER = 500;
/** Highest screen index kept as a resume point. */
export const MAX_STEP = 10_000;

/** Setting keys used by the app. */
export const SETTINGS = {
	currentProfile: 'currentProfile',
	persisted: 'persisted'
} as const;

export const BACKUP_APP = 'khien-nho';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

// --- the profile rule -----------------------------------------------------------------
// Messages are the translation keys a form shows (namespace "progress"); the backup check
// words the same refusals for an adult reading a file report (backup-check.ts).

/** NFC, no control characters, single spaces, trimmed. */
export function normalizeNickname(raw: string): string {
	return (
		raw
			.normalize('NFC')
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

/** Length as a person counts it (code points after NFC). */
export function nicknameLength(s: string): number {
	return [...s].length;
}

const NicknameSchema = v.pipe(
	v.string(),
	v.transform(normalizeNickname),
	v.minLength(1, 'progress:errors.nicknameEmpty'),
	v.check((s) => nicknameLength(s) <= NICKNAME_MAX, 'progress:errors.nicknameTooLong')
);
const PictureSchema = v.picklist(PICTURES, 'progress:errors.badCode');
/** Three pictures, in order: a light lock on a shared device, not a password. */
const PictureCodeSchema = v.strictTuple(
	[PictureSchema, PictureSchema, PictureSchema],
	'progress:errors.badCode'
);
export type PictureCode = v.InferOutput<typeof PictureCodeSchema>;

/**
 * What a learner is made of. Deliberately no real name, birth date, school, phone or photo:
 * a nickname and a drawn avatar are enough to tell twenty children apart. Unknown fields
 * are dropped.
 */
export const ProfileInputSchema = v.object({
	nickname: NicknameSchema,
	avatar: v.picklist(AVATARS, 'progress:errors.badAvatar'),
	band: v.picklist(BANDS, 'progress:errors.badBand'),
	pictureCode: v.optional(v.nullable(PictureCodeSchema))
});
export type ProfileInput = v.InferInput<typeof ProfileInputSchema>;

export type NicknameCheck = { ok: true; value: string } | { ok: false; error: string };

/** The nickname part of the profile rule, for the form to check before saving. */
export function checkNickname(raw: string): NicknameCheck {
	const r = v.safeParse(NicknameSchema, raw);
	if (r.success) return { ok: true, value: r.output };
	const key = r.issues[0].message;
	return { ok: false, error: key.startsWith('progress:') ? key : 'progress:errors.nicknameEmpty' };
}

// --- stored records -------------------------------------------------------------------

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID));
/** Epoch milliseconds. */
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A learner on this device. */
export const ProfileSchema = v.object({
	id: v.pipe(Id, v.maxLength(64), v.regex(/^[A-Za-z0-9_-]+$/)),
	...ProfileInputSchema.entries,
	created: Time
});
export type Profile = v.InferOutput<typeof ProfileSchema>;

/** One child × one lesson. */
export const LessonProgressSchema = v.object({
	profileId: Id,
	lessonId: Id,
	status: v.picklist(LESSON_STATUSES, 'progress:backup.errors.badStatus'),
	/** Screen index to resume at. */
	currentStep: v.pipe(Count, v.maxValue(MAX_STEP)),
	/** 0 until the lesson is done, then 1-3 (best kept). */
	stars: v.pipe(Count, v.maxValue(3)),
	/** Best lesson score, a fraction 0..1. */
	bestScore: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	/** Content version of the lesson when last touched. */
	lessonVersion: Count,
	started: Time,
	completed: v.optional(Time)
});
export type LessonProgressRow = v.InferOutput<typeof LessonProgressSchema>;

/** One answer (Kolibri-style: one record per attempt). */
export const AttemptSchema = v.object({
	profileId: Id,
	lessonId: Id,
	activityId: Id,
	/** Which question/card/message/setting inside the activity, when it has several. */
	itemId: v.optional(v.pipe(v.string(), v.maxLength(MAX_ID))),
	answer: v.pipe(v.string(), v.maxLength(MAX_ANSWER)),
	correct: v.boolean(),
	at: Time,
	/** The lesson's content version at the time of the answer. */
	lessonVersion: Count
});
/** `id` is the device's auto-increment key: absent before insertion and in backups. */
export type AttemptRow = v.InferOutput<typeof AttemptSchema> & { id?: number };

export const BadgeSchema = v.object({
	profileId: Id,
	/** 'first-lesson', 'band:<band>' or 'topic:<topic>'. */
	badgeId: Id,
	earned: Time
});
export type BadgeRow = v.InferOutput<typeof BadgeSchema>;

export type BadgeId = 'first-lesson' | `band:${Band}` | `topic:${Topic}`;

export interface SettingRow {
	key: string;
	value: unknown;
}

/** A backup file, version 1. Choosing who is learning is each device's own business. */
export const BackupSchema = v.object({
	app: v.literal(BACKUP_APP),
	kind: v.literal('backup'),
	version: v.literal(BACKUP_VERSION),
	/** ISO 8601. */
	exportedAt: v.pipe(v.string(), v.isoTimestamp()),
	profiles: v.pipe(v.array(ProfileSchema), v.minLength(1, 'progress:backup.errors.noProfiles')),
	lessonProgress: v.array(LessonProgressSchema),
	attempts: v.array(AttemptSchema),
	badges: v.array(BadgeSchema)
});
export type Backup = v.InferOutput<typeof BackupSchema>;

/** Everything on the device, in a stable order: for tests and support. */
export interface Dump {
	profiles: Profile[];
	lessonProgress: LessonProgressRow[];
	attempts: AttemptRow[];
	badges: BadgeRow[];
	settings: SettingRow[];
}

// --- what the lesson player and the teacher see ---------------------------------------

export interface AttemptInput {
	lessonId: string;
	/** The lesson's content version at the time of the answer. */
	lessonVersion: number;
	activityId: string;
	/** Which question/card/message/setting inside the activity, when it has several. */
	itemId?: string;
	/** What the learner chose, as stable ids (option id, bin name, node id...). */
	answer: string;
	correct: boolean;
}

export interface LessonProgressView {
	lessonId: string;
	status: LessonStatus;
	/** Index of the screen (step or activity) to resume at. */
	currentStep: number;
	stars: number;
	bestScore: number;
}

export interface ClassSummaryCell {
	status: LessonStatus;
	stars: number;
}
export interface ClassSummaryRow {
	profile: Pick<Profile, 'id' | 'nickname' | 'avatar' | 'band'> & { hasCode: boolean };
	/** Keyed by lesson id; lessons never opened are 'not-started'. */
	cells: Record<string, ClassSummaryCell>;
	/** Lessons done among the summary's columns. */
	done: number;
}
export interface ClassSummary {
	/** The columns: the lessons of the bands shown (a lesson without a band is always shown). */
	lessons: { id: string; title: string; band?: Band }[];
	/** Ordered by nickname, naturally ("Bạn số 2" before "Bạn số 10"): never by results. */
	rows: ClassSummaryRow[];
	/** Every band that has learners on the device, in course order, with how many. */
	bands: { band: Band; learners: number }[];
}

/** An error whose `key` is a translation key (namespace "progress"). */
export class ProgressError extends Error {
	constructor(public key: string) {
		super(key);
		this.name = 'ProgressError';
	}
}
