// The shapes of stored progress, as valibot schemas: the one source. model.ts derives the
// types from them; the same profile rule checks a learner typed in a form (profile-edit.ts)
// and one read from a backup file (backup-check.ts), so the two cannot drift apart.
// Kept apart from model.ts on purpose: model.ts is in every page's start-up code, and the
// schema library (~2 KB gzip) loads only where something is checked (scripts/vite-chunks.ts).
import * as v from 'valibot';
import { BANDS } from '$lib/content/bands';
import {
	AVATARS,
	BACKUP_APP,
	BACKUP_VERSION,
	LESSON_STATUSES,
	MAX_ANSWER,
	MAX_ID,
	MAX_STEP,
	NICKNAME_MAX,
	PICTURES,
	nicknameLength,
	normalizeNickname,
	type NicknameCheck,
	PROFILE_KINDS
} from './model';

// --- the profile rule -----------------------------------------------------------------
// Messages are the translation keys a form shows (namespace "progress"); the backup check
// words the same refusals for an adult reading a file report (backup-check.ts).

const NicknameSchema = v.pipe(
	v.string(),
	v.transform(normalizeNickname),
	v.minLength(1, 'progress:errors.nicknameEmpty'),
	v.check((s) => nicknameLength(s) <= NICKNAME_MAX, 'progress:errors.nicknameTooLong')
);
const PictureSchema = v.picklist(PICTURES, 'progress:errors.badCode');
/** Three pictures, in order: a light lock on a shared device, not a password. */
export const PictureCodeSchema = v.strictTuple(
	[PictureSchema, PictureSchema, PictureSchema],
	'progress:errors.badCode'
);

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
	created: Time,
	/** "Tự đọc to", the learner's own choice; absent (older rows, backups): the band's default. */
	autoRead: v.optional(v.boolean()),
	// Issue 24: the one adult profile on a device keeps the adults' training progress. Absent
	// (every profile before it, and every backup made before it) means a child.
	kind: v.optional(v.picklist(PROFILE_KINDS))
});

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

export const BadgeSchema = v.object({
	profileId: Id,
	/** 'first-lesson', 'band:<band>' or 'topic:<topic>'. */
	badgeId: Id,
	earned: Time
});

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
