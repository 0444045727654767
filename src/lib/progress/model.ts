// The data of progress: constants, the record types and what the UI is handed. The record
// types are derived from the valibot schemas in schema.ts (one source of shapes); this file
// imports only their types, so it costs the children's pages no schema code. No Dexie, no
// Svelte here.
import type * as v from 'valibot';
import type { Band, Topic } from '$lib/content/vocab';
import type {
	AttemptSchema,
	BackupSchema,
	BadgeSchema,
	LessonProgressSchema,
	PictureCodeSchema,
	ProfileInputSchema,
	ProfileSchema
} from './schema';

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
/** A profile is a child's unless marked 'adult' (issue 24: one per device, for training). */
export const PROFILE_KINDS = ['child', 'adult'] as const;
/** Id of the device's adult profile: the adults' training modules record under it. */
export const ADULT_ID = 'adult';
/** Children's pickers, the class table and every learner list show only these. */
export const isChildProfile = (p: { kind?: string }) => p.kind !== 'adult';
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

// --- the profile rule: its plain parts (the rule itself is ProfileInputSchema) ---------

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

export type PictureCode = v.InferOutput<typeof PictureCodeSchema>;
export type ProfileInput = v.InferInput<typeof ProfileInputSchema>;
export type NicknameCheck = { ok: true; value: string } | { ok: false; error: string };

// --- stored records (shapes in schema.ts) ---------------------------------------------

/** A learner on this device: a nickname, a drawn avatar, a band, maybe a picture code. */
export type Profile = v.InferOutput<typeof ProfileSchema>;
/** One child × one lesson: status, resume point, best stars and score, lesson version. */
export type LessonProgressRow = v.InferOutput<typeof LessonProgressSchema>;
/** One answer; `id` is the device's auto-increment key: absent before insertion and in backups. */
export type AttemptRow = v.InferOutput<typeof AttemptSchema> & { id?: number };
export type BadgeRow = v.InferOutput<typeof BadgeSchema>;
export type Backup = v.InferOutput<typeof BackupSchema>;

export type BadgeId = 'first-lesson' | `band:${Band}` | `topic:${Topic}`;

/** A club leader's recording of one screen of a lesson (the adults' area makes them). */
export interface NarrationRow {
	lessonId: string;
	/** The lesson's content version when recorded: another version's screens may differ. */
	lessonVersion: number;
	/** "s0", "s1"...: the screen's index in the lesson. */
	screen: string;
	/** The recorder's container, e.g. "audio/webm;codecs=opus". */
	mime: string;
	/** Bytes, not a Blob: every engine (and fake-indexeddb) stores and clones them. */
	audio: ArrayBuffer;
	recorded: number;
}

export interface SettingRow {
	key: string;
	value: unknown;
}

/**
 * An evaluation summary file a coordinator imported (issue 20), keyed by its round: one
 * row per group, the latest revision. `text` is the file as it came (without a BOM), in its
 * own version, checked on import (src/lib/evaluation/summary.ts); the rest is kept beside it to list files without parsing.
 */
export interface EvaluationReportRow {
	round: string;
	revision: number;
	checksum: string;
	/** The file's name as it came, or "QR" when scanned. */
	name: string;
	band: Band;
	label: string;
	bytes: number;
	/** Day of the import (YYYY-MM-DD). */
	imported: string;
	text: string;
}

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
