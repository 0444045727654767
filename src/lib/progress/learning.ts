// A learner going through lessons: answers, resume points, finishing with stars and badges.
// Every write that touches more than one row runs in ONE `store.write` transaction.
import { badgesFor, type BadgeRule } from './badges';
import {
	MAX_ANSWER,
	MAX_ID,
	MAX_STEP,
	ProgressError,
	type AttemptInput,
	type AttemptRow,
	type BadgeRow,
	type LessonProgressRow,
	type LessonProgressView
} from './model';
import type { Store, Tables } from './store';

/** Clamp a lesson score to 0..1 (NaN counts as 0). */
export function clampScore(score: number): number {
	return Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
}

/**
 * Stars for a finished lesson. The score is the share of its activities the child answered
 * rather than skipped (retries and mistakes included: lesson/scoring.ts): finishing is 2 stars,
 * finishing with every activity tried is 3. Never fewer than 2, so a child who explored and
 * got things wrong never sees what looks like a failing grade.
 */
export function starsFor(score: number): 1 | 2 | 3 {
	return clampScore(score) >= 1 ? 3 : 2;
}

function checkId(v: unknown): string {
	if (typeof v !== 'string' || !v || v.length > MAX_ID)
		throw new ProgressError('progress:errors.badInput');
	return v;
}
function checkVersion(v: unknown): number {
	return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 1;
}

async function requireProfile(t: Tables, profileId: string) {
	if (!(await t.profiles.get(profileId))) throw new ProgressError('progress:errors.noProfile');
}

function freshRow(
	profileId: string,
	lessonId: string,
	lessonVersion: number,
	now: number
): LessonProgressRow {
	return {
		profileId,
		lessonId,
		status: 'in-progress',
		currentStep: 0,
		stars: 0,
		bestScore: 0,
		lessonVersion,
		started: now
	};
}

export interface RecordedAttempt {
	attempt: AttemptRow;
	progress: LessonProgressRow;
}

/** Store one answer; the lesson counts as started from its first answer. */
export async function recordAttempt(
	store: Store,
	profileId: string,
	input: AttemptInput,
	now = Date.now()
): Promise<RecordedAttempt> {
	const attempt: AttemptRow = {
		profileId,
		lessonId: checkId(input.lessonId),
		activityId: checkId(input.activityId),
		answer: String(input.answer ?? '').slice(0, MAX_ANSWER),
		correct: input.correct === true,
		at: now,
		lessonVersion: checkVersion(input.lessonVersion)
	};
	const itemId = input.itemId === undefined ? '' : String(input.itemId).slice(0, MAX_ID);
	if (itemId) attempt.itemId = itemId;
	return store.write(async (t) => {
		await requireProfile(t, profileId);
		attempt.id = await t.attempts.add(attempt);
		let progress = await t.lessonProgress.get([profileId, attempt.lessonId]);
		if (!progress || progress.status === 'not-started') {
			progress = {
				...freshRow(profileId, attempt.lessonId, attempt.lessonVersion, now),
				...(progress && { currentStep: progress.currentStep, started: progress.started }),
				status: 'in-progress'
			};
			await t.lessonProgress.put(progress);
		}
		return { attempt, progress };
	});
}

/** Remember where the child is in a lesson (screen index), to resume there. */
export async function saveStep(
	store: Store,
	profileId: string,
	lessonId: string,
	lessonVersion: number,
	index: number,
	now = Date.now()
): Promise<LessonProgressRow> {
	checkId(lessonId);
	const step = Number.isFinite(index) ? Math.min(MAX_STEP, Math.max(0, Math.floor(index))) : 0;
	const version = checkVersion(lessonVersion);
	return store.write(async (t) => {
		await requireProfile(t, profileId);
		const old = await t.lessonProgress.get([profileId, lessonId]);
		const row: LessonProgressRow = {
			...(old ?? freshRow(profileId, lessonId, version, now)),
			status: old?.status === 'done' ? 'done' : 'in-progress',
			currentStep: step,
			lessonVersion: version
		};
		await t.lessonProgress.put(row);
		return row;
	});
}

export interface CompletedLesson {
	progress: LessonProgressRow;
	/** Stars for this run (the record keeps the best). */
	stars: 1 | 2 | 3;
	/** True when this run beat the previous best stars. */
	improved: boolean;
	newBadges: BadgeRow[];
}

/**
 * Finish a lesson: score (0..1) → stars (starsFor), best result kept, badges awarded, all in one
 * transaction. `badges` are the course's rules (at least those that include this lesson).
 */
export async function completeLesson(
	store: Store,
	profileId: string,
	lessonId: string,
	lessonVersion: number,
	score: number,
	badges: readonly BadgeRule[],
	now = Date.now()
): Promise<CompletedLesson> {
	checkId(lessonId);
	const s = clampScore(score);
	const stars = starsFor(s);
	const version = checkVersion(lessonVersion);
	return store.write(async (t) => {
		await requireProfile(t, profileId);
		const old = await t.lessonProgress.get([profileId, lessonId]);
		const progress: LessonProgressRow = {
			...(old ?? freshRow(profileId, lessonId, version, now)),
			status: 'done',
			currentStep: 0,
			stars: Math.max(old?.stars ?? 0, stars),
			bestScore: Math.max(old?.bestScore ?? 0, s),
			lessonVersion: version,
			completed: old?.completed ?? now
		};
		await t.lessonProgress.put(progress);

		const rows = await t.lessonProgress.byProfile(profileId);
		const done = new Set(rows.filter((r) => r.status === 'done').map((r) => r.lessonId));
		const held = new Set((await t.badges.byProfile(profileId)).map((b) => b.badgeId));
		const newBadges = badgesFor(done, badges)
			.filter((id) => !held.has(id))
			.map((badgeId) => ({ profileId, badgeId, earned: now }));
		if (newBadges.length) await t.badges.bulkPut(newBadges);
		return { progress, stars, improved: stars > (old?.stars ?? 0), newBadges };
	});
}

export function listProgress(store: Store, profileId: string): Promise<LessonProgressRow[]> {
	return store.read((t) => t.lessonProgress.byProfile(profileId));
}

export async function listAttempts(
	store: Store,
	profileId: string,
	lessonId?: string
): Promise<AttemptRow[]> {
	const rows = await store.read((t) => t.attempts.byProfile(profileId));
	return (lessonId ? rows.filter((r) => r.lessonId === lessonId) : rows).sort(
		(a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0)
	);
}

export async function listBadges(store: Store, profileId: string): Promise<BadgeRow[]> {
	const rows = await store.read((t) => t.badges.byProfile(profileId));
	// Badge ids are ASCII: plain code-unit order, the same on every device.
	return rows.sort((a, b) => a.earned - b.earned || (a.badgeId < b.badgeId ? -1 : 1));
}

/**
 * What the lesson player needs. The version is required: when the lesson's content changed
 * since the child left it half-way, the saved screen index may point at another screen
 * now, so the lesson starts again from the top.
 */
export function progressView(
	row: LessonProgressRow | undefined,
	lessonId: string,
	lessonVersion: number
): LessonProgressView {
	if (!row) return { lessonId, status: 'not-started', currentStep: 0, stars: 0, bestScore: 0 };
	const stale = row.status === 'in-progress' && row.lessonVersion !== lessonVersion;
	return {
		lessonId,
		status: row.status,
		currentStep: stale ? 0 : row.currentStep,
		stars: row.stars,
		bestScore: row.bestScore
	};
}
