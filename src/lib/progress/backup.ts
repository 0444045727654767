// Moving progress between devices without a server: a versioned JSON file, validated in
// full before anything is written, applied in ONE transaction (all or nothing).
import * as v from 'valibot';
import { BANDS } from '$lib/content/vocab';
import {
	AVATARS,
	NICKNAME_MAX,
	PICTURES,
	attemptKey,
	mergeLessonProgress,
	nicknameLength,
	normalizeNickname,
	type AttemptRow,
	type BadgeRow,
	type LessonProgressRow,
	type Profile
} from './model';
import type { Store } from './store';
import { downloadBlob } from './download';

export const BACKUP_APP = 'khien-nho';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

export interface Backup {
	app: typeof BACKUP_APP;
	kind: 'backup';
	version: typeof BACKUP_VERSION;
	/** ISO 8601. */
	exportedAt: string;
	profiles: Profile[];
	lessonProgress: LessonProgressRow[];
	/** Without the device's auto-increment ids. */
	attempts: Omit<AttemptRow, 'id'>[];
	badges: BadgeRow[];
}

/** A translation key (namespace "progress") and, when useful, where in the file. */
export interface BackupError {
	key: string;
	path?: string;
}

export interface BackupPreviewProfile {
	id: string;
	nickname: string;
	avatar: Profile['avatar'];
	band: Profile['band'];
	lessonsDone: number;
	lessonsStarted: number;
	attempts: number;
	badges: number;
}
export interface BackupPreview {
	exportedAt: string;
	profiles: BackupPreviewProfile[];
	counts: { profiles: number; lessonProgress: number; attempts: number; badges: number };
}

export type ParsedBackup =
	{ ok: true; backup: Backup; preview: BackupPreview } | { ok: false; errors: BackupError[] };

export interface ApplyResult {
	profilesAdded: number;
	profilesMerged: number;
	lessonsWritten: number;
	attemptsAdded: number;
	badgesAdded: number;
}

// --- export -----------------------------------------------------------------------------

/** One profile (by id) or every profile on the device. */
export async function exportBackup(
	store: Store,
	profileId?: string,
	now = new Date()
): Promise<Backup> {
	const data = await store.read(async (t) => {
		const profiles = profileId
			? [await t.profiles.get(profileId)].filter((p): p is Profile => !!p)
			: await t.profiles.all();
		if (!profileId)
			return {
				profiles,
				lessonProgress: await t.lessonProgress.all(),
				attempts: await t.attempts.all(),
				badges: await t.badges.all()
			};
		return {
			profiles,
			lessonProgress: await t.lessonProgress.byProfile(profileId),
			attempts: await t.attempts.byProfile(profileId),
			badges: await t.badges.byProfile(profileId)
		};
	});
	return {
		app: BACKUP_APP,
		kind: 'backup',
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		profiles: data.profiles,
		lessonProgress: data.lessonProgress,
		attempts: data.attempts
			.sort((a, b) => (a.id ?? 0) - (b.id ?? 0))
			.map((a) => {
				const copy = { ...a };
				delete copy.id;
				return copy;
			}),
		badges: data.badges
	};
}

const pad = (n: number) => String(n).padStart(2, '0');
/** `khien-nho-YYYY-MM-DD.json`, local date. */
export function backupFileName(date = new Date()): string {
	return `khien-nho-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

export function backupToJson(backup: Backup): string {
	return JSON.stringify(backup);
}

/** Save the backup as a file through the browser's download. */
export function downloadBackup(backup: Backup, date = new Date()): string {
	const name = backupFileName(date);
	downloadBlob(new Blob([backupToJson(backup)], { type: 'application/json' }), name);
	return name;
}

// --- validation -------------------------------------------------------------------------

const E = (k: string) => `progress:backup.errors.${k}`;
const OUR_KEYS = new Set(
	[
		'nicknameEmpty',
		'nicknameTooLong',
		'unknownAvatar',
		'unknownBand',
		'unknownPicture',
		'badStatus'
	].map(E)
);

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Picture = v.picklist(PICTURES, E('unknownPicture'));

const ProfileSchema = v.object({
	id: v.pipe(Id, v.maxLength(64), v.regex(/^[A-Za-z0-9_-]+$/)),
	nickname: v.pipe(
		v.string(),
		v.transform(normalizeNickname),
		v.minLength(1, E('nicknameEmpty')),
		v.check((s) => nicknameLength(s) <= NICKNAME_MAX, E('nicknameTooLong'))
	),
	avatar: v.picklist(AVATARS, E('unknownAvatar')),
	band: v.picklist(BANDS, E('unknownBand')),
	created: Time,
	pictureCode: v.optional(v.nullable(v.tuple([Picture, Picture, Picture])))
});

const ProgressSchema = v.object({
	profileId: Id,
	lessonId: Id,
	status: v.picklist(['not-started', 'in-progress', 'done'], E('badStatus')),
	currentStep: v.pipe(Count, v.maxValue(10_000)),
	stars: v.pipe(Count, v.maxValue(3)),
	bestScore: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	lessonVersion: Count,
	started: Time,
	completed: v.optional(Time)
});

const AttemptSchema = v.object({
	profileId: Id,
	lessonId: Id,
	activityId: Id,
	itemId: v.optional(v.pipe(v.string(), v.maxLength(200))),
	answer: v.pipe(v.string(), v.maxLength(500)),
	correct: v.boolean(),
	at: Time,
	lessonVersion: Count
});

const BadgeSchema = v.object({ profileId: Id, badgeId: Id, earned: Time });

const BackupSchema = v.object({
	app: v.literal(BACKUP_APP),
	kind: v.literal('backup'),
	version: v.literal(BACKUP_VERSION),
	exportedAt: v.pipe(v.string(), v.isoTimestamp()),
	profiles: v.pipe(v.array(ProfileSchema), v.minLength(1, E('noProfiles'))),
	lessonProgress: v.array(ProgressSchema),
	attempts: v.array(AttemptSchema),
	badges: v.array(BadgeSchema)
});

function issueToError(issue: v.BaseIssue<unknown>): BackupError {
	const path = v.getDotPath(issue) ?? undefined;
	if (OUR_KEYS.has(issue.message) || issue.message === E('noProfiles'))
		return { key: issue.message, path };
	if (issue.kind === 'schema' && issue.received === 'undefined')
		return { key: E('missingField'), path };
	if (issue.kind === 'schema') return { key: E('wrongType'), path };
	return { key: E('badValue'), path };
}

function byteLength(text: string): number {
	return new TextEncoder().encode(text).length;
}

function looksTruncated(text: string): boolean {
	const s = text.trim();
	if (!s.startsWith('{') && !s.startsWith('[')) return false;
	let depth = 0;
	let inString = false;
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{' || c === '[') depth++;
		else if (c === '}' || c === ']') depth--;
	}
	return depth > 0 || inString;
}

function duplicates<T>(rows: T[], key: (r: T) => string, path: string): BackupError[] {
	const seen = new Set<string>();
	const errors: BackupError[] = [];
	rows.forEach((r, i) => {
		const k = key(r);
		if (seen.has(k)) errors.push({ key: E('duplicate'), path: `${path}.${i}` });
		seen.add(k);
	});
	return errors;
}

/**
 * Check a backup file completely. Returns the data and a preview, or translation keys
 * saying what is wrong. Never touches the database.
 */
export function parseBackup(text: string): ParsedBackup {
	const fail = (...errors: BackupError[]): ParsedBackup => ({ ok: false, errors });
	if (typeof text !== 'string' || !text.trim()) return fail({ key: E('empty') });
	if (text.length > MAX_BACKUP_BYTES || byteLength(text) > MAX_BACKUP_BYTES)
		return fail({ key: E('tooLarge') });

	let data: unknown;
	try {
		data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch {
		return fail({ key: looksTruncated(text) ? E('truncated') : E('notJson') });
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data))
		return fail({ key: E('notOurs') });
	const head = data as Record<string, unknown>;
	if (head.app !== BACKUP_APP || head.kind !== 'backup') return fail({ key: E('notOurs') });
	if (typeof head.version === 'number' && head.version > BACKUP_VERSION)
		return fail({ key: E('newerVersion') });
	if (head.version !== BACKUP_VERSION) return fail({ key: E('badVersion'), path: 'version' });

	const result = v.safeParse(BackupSchema, data, { abortEarly: false });
	if (!result.success) {
		const errors: BackupError[] = [];
		const seen = new Set<string>();
		for (const issue of result.issues) {
			const err = issueToError(issue);
			const id = `${err.key}|${err.path}`;
			if (!seen.has(id)) errors.push(err);
			seen.add(id);
			if (errors.length >= 20) break;
		}
		return fail(...errors);
	}
	const backup = result.output as Backup;

	const errors = [
		...duplicates(backup.profiles, (p) => p.id, 'profiles'),
		...duplicates(
			backup.lessonProgress,
			(r) => JSON.stringify([r.profileId, r.lessonId]),
			'lessonProgress'
		),
		...duplicates(backup.badges, (b) => JSON.stringify([b.profileId, b.badgeId]), 'badges')
	];
	const ids = new Set(backup.profiles.map((p) => p.id));
	for (const table of ['lessonProgress', 'attempts', 'badges'] as const) {
		backup[table].forEach((r, i) => {
			if (!ids.has(r.profileId)) errors.push({ key: E('unknownProfile'), path: `${table}.${i}` });
		});
	}
	if (errors.length) return fail(...errors.slice(0, 20));
	return { ok: true, backup, preview: previewOf(backup) };
}

function previewOf(b: Backup): BackupPreview {
	return {
		exportedAt: b.exportedAt,
		profiles: [...b.profiles]
			.sort((x, y) => x.nickname.localeCompare(y.nickname, 'vi', { sensitivity: 'base' }))
			.map((p) => {
				const mine = b.lessonProgress.filter((r) => r.profileId === p.id);
				return {
					id: p.id,
					nickname: p.nickname,
					avatar: p.avatar,
					band: p.band,
					lessonsDone: mine.filter((r) => r.status === 'done').length,
					lessonsStarted: mine.filter((r) => r.status === 'in-progress').length,
					attempts: b.attempts.filter((a) => a.profileId === p.id).length,
					badges: b.badges.filter((x) => x.profileId === p.id).length
				};
			}),
		counts: {
			profiles: b.profiles.length,
			lessonProgress: b.lessonProgress.length,
			attempts: b.attempts.length,
			badges: b.badges.length
		}
	};
}

// --- import -----------------------------------------------------------------------------

/**
 * Write a checked backup in ONE transaction. A child already on the device (same id) is
 * merged: their nickname/avatar here are kept, the best result of each lesson wins,
 * every answer is kept once, badges are unioned (earliest date kept).
 */
export async function applyBackup(store: Store, backup: Backup): Promise<ApplyResult> {
	const result: ApplyResult = {
		profilesAdded: 0,
		profilesMerged: 0,
		lessonsWritten: 0,
		attemptsAdded: 0,
		badgesAdded: 0
	};
	const ids = backup.profiles.map((p) => p.id);
	await store.write(async (t) => {
		for (const p of backup.profiles) {
			const old = await t.profiles.get(p.id);
			if (old) {
				result.profilesMerged++;
				if (!old.pictureCode && p.pictureCode)
					await t.profiles.put({ ...old, pictureCode: p.pictureCode });
			} else {
				result.profilesAdded++;
				await t.profiles.put({ ...p, pictureCode: p.pictureCode ?? null });
			}
		}

		const key = (r: { profileId: string; lessonId: string }) =>
			JSON.stringify([r.profileId, r.lessonId]);
		const progress = new Map((await t.lessonProgress.byProfiles(ids)).map((r) => [key(r), r]));
		const writes: LessonProgressRow[] = [];
		for (const r of backup.lessonProgress) {
			const old = progress.get(key(r));
			const next = old ? mergeLessonProgress(old, r) : r;
			if (!old || JSON.stringify(next) !== JSON.stringify(old)) writes.push(next);
		}
		if (writes.length) await t.lessonProgress.bulkPut(writes);
		result.lessonsWritten = writes.length;

		const seen = new Set((await t.attempts.byProfiles(ids)).map(attemptKey));
		const fresh: AttemptRow[] = [];
		for (const a of backup.attempts) {
			const k = attemptKey(a);
			if (seen.has(k)) continue;
			seen.add(k);
			fresh.push({ ...a });
		}
		if (fresh.length) await t.attempts.bulkAdd(fresh);
		result.attemptsAdded = fresh.length;

		const badgeKey = (b: BadgeRow) => JSON.stringify([b.profileId, b.badgeId]);
		const held = new Map((await t.badges.byProfiles(ids)).map((b) => [badgeKey(b), b]));
		const badges: BadgeRow[] = [];
		for (const b of backup.badges) {
			const old = held.get(badgeKey(b));
			if (!old) result.badgesAdded++;
			if (!old || b.earned < old.earned) badges.push(b);
		}
		if (badges.length) await t.badges.bulkPut(badges);
	});
	return result;
}

/** parseBackup + applyBackup: nothing is written unless the whole file is valid. */
export async function importBackup(
	store: Store,
	text: string
): Promise<
	{ ok: true; preview: BackupPreview; result: ApplyResult } | { ok: false; errors: BackupError[] }
> {
	const parsed = parseBackup(text);
	if (!parsed.ok) return parsed;
	return { ok: true, preview: parsed.preview, result: await applyBackup(store, parsed.backup) };
}
