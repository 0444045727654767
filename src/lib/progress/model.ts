// Plain data types and rules of the progress store, shared by the Dexie database, the
// in-memory fallback, backups and the UI. No Dexie, no Svelte here.
import type { Band, Topic } from '$lib/content/vocab';
import type { LessonStatus } from './api';

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
/** Three picture ids, in order. A light lock on a shared device, not a password. */
export type PictureCode = [PictureId, PictureId, PictureId];

export const NICKNAME_MAX = 20;
/** Id used for the guest's rows in the session-only store. */
export const GUEST_ID = 'guest';

/**
 * A learner on this device. Deliberately no real name, birth date, school, phone or photo:
 * a nickname and a drawn avatar are enough to tell twenty children apart.
 */
export interface Profile {
	id: string;
	nickname: string;
	avatar: AvatarId;
	band: Band;
	/** Epoch milliseconds. */
	created: number;
	pictureCode?: PictureCode | null;
}

export interface ProfileInput {
	nickname: string;
	avatar: AvatarId;
	band: Band;
	pictureCode?: PictureCode | null;
}

export interface LessonProgressRow {
	profileId: string;
	lessonId: string;
	status: LessonStatus;
	/** Screen index to resume at. */
	currentStep: number;
	/** 0 until the lesson is done, then 1-3 (best kept). */
	stars: number;
	/** Best lesson score, a fraction 0..1. */
	bestScore: number;
	/** Content version of the lesson when last touched. */
	lessonVersion: number;
	started: number;
	completed?: number;
}

export interface AttemptRow {
	/** Auto-increment key; absent before insertion and in backups. */
	id?: number;
	profileId: string;
	lessonId: string;
	activityId: string;
	itemId?: string;
	answer: string;
	correct: boolean;
	at: number;
	lessonVersion: number;
}

export interface BadgeRow {
	profileId: string;
	/** 'first-lesson', 'band:<band>' or 'topic:<topic>'. */
	badgeId: string;
	earned: number;
}

export interface SettingRow {
	key: string;
	value: unknown;
}

/** Setting keys used by the app. */
export const SETTINGS = {
	currentProfile: 'currentProfile',
	persisted: 'persisted'
} as const;

export type { CatalogueLesson } from './api';

export type BadgeId = 'first-lesson' | `band:${Band}` | `topic:${Topic}`;

/** Everything on the device, in a stable order: for backups and for tests. */
export interface Dump {
	profiles: Profile[];
	lessonProgress: LessonProgressRow[];
	attempts: AttemptRow[];
	badges: BadgeRow[];
	settings: SettingRow[];
}

export interface ClassSummaryCell {
	status: LessonStatus;
	stars: number;
}
export interface ClassSummaryRow {
	profile: Pick<Profile, 'id' | 'nickname' | 'avatar' | 'band'> & { hasCode: boolean };
	/** Keyed by lesson id; lessons never opened are 'not-started'. */
	cells: Record<string, ClassSummaryCell>;
	done: number;
}
export interface ClassSummary {
	lessons: { id: string; title: string }[];
	/** Ordered by nickname: never by results (no rankings between children). */
	rows: ClassSummaryRow[];
}

/** An error whose `key` is a translation key (namespace "progress"). */
export class ProgressError extends Error {
	constructor(public key: string) {
		super(key);
		this.name = 'ProgressError';
	}
}

// --- rules ----------------------------------------------------------------------------

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

export type NicknameCheck = { ok: true; value: string } | { ok: false; error: string };

export function checkNickname(raw: string): NicknameCheck {
	const value = normalizeNickname(raw);
	if (!value) return { ok: false, error: 'progress:errors.nicknameEmpty' };
	if (nicknameLength(value) > NICKNAME_MAX)
		return { ok: false, error: 'progress:errors.nicknameTooLong' };
	return { ok: true, value };
}

export function isAvatar(v: unknown): v is AvatarId {
	return typeof v === 'string' && (AVATARS as readonly string[]).includes(v);
}

export function isPictureCode(v: unknown): v is PictureCode {
	return (
		Array.isArray(v) &&
		v.length === 3 &&
		v.every((p) => typeof p === 'string' && (PICTURES as readonly string[]).includes(p))
	);
}

export function sameCode(a: readonly string[] | null | undefined, b: readonly string[]): boolean {
	return !!a && a.length === b.length && a.every((p, i) => p === b[i]);
}

/** Clamp a lesson score to 0..1 (NaN counts as 0). */
export function clampScore(score: number): number {
	return Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
}

/** Stars for a finished lesson: at least one for finishing, three for (nearly) all right. */
export function starsFor(score: number): 1 | 2 | 3 {
	const s = clampScore(score);
	if (s >= 0.9) return 3;
	if (s >= 0.6) return 2;
	return 1;
}

const STATUS_RANK: Record<LessonStatus, number> = { 'not-started': 0, 'in-progress': 1, done: 2 };

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
	if (a === undefined) return b;
	if (b === undefined) return a;
	return Math.min(a, b);
}

/**
 * Merge two records of the same child and lesson (backup import): the best result wins.
 * Done beats in progress, higher stars/score kept, earliest start and completion kept.
 */
export function mergeLessonProgress(a: LessonProgressRow, b: LessonProgressRow): LessonProgressRow {
	const ahead = STATUS_RANK[b.status] > STATUS_RANK[a.status] ? b : a;
	const sameStatus = a.status === b.status;
	const merged: LessonProgressRow = {
		profileId: a.profileId,
		lessonId: a.lessonId,
		status: ahead.status,
		currentStep: sameStatus ? Math.max(a.currentStep, b.currentStep) : ahead.currentStep,
		stars: Math.max(a.stars, b.stars),
		bestScore: Math.max(a.bestScore, b.bestScore),
		lessonVersion: Math.max(a.lessonVersion, b.lessonVersion),
		started: Math.min(a.started, b.started)
	};
	const completed = minDefined(a.completed, b.completed);
	if (completed !== undefined) merged.completed = completed;
	return merged;
}

/** Identity of an answer, to keep each attempt once when merging backups. */
export function attemptKey(a: AttemptRow): string {
	return JSON.stringify([a.profileId, a.lessonId, a.activityId, a.itemId ?? '', a.at, a.answer]);
}

/** A random id that also works outside secure contexts (school LAN over http). */
export function newId(): string {
	const c = globalThis.crypto;
	if (c && typeof c.randomUUID === 'function') {
		try {
			return c.randomUUID();
		} catch {
			// not a secure context: fall through
		}
	}
	const bytes = new Uint8Array(16);
	if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
	else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
	return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
