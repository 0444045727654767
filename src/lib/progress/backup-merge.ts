// Writing a checked backup in ONE transaction (all or nothing). A child already on the
// device (same id) is merged: their nickname/avatar here are kept, the best result of each
// lesson wins, every answer is kept once, badges are unioned (earliest date kept).
import type { AttemptRow, Backup, BadgeRow, LessonProgressRow, LessonStatus } from './model';
import { parseBackup, type BackupError } from './backup-check';
import type { BackupPreview } from './backup-preview';
import type { Store } from './store';

export interface ApplyResult {
	profilesAdded: number;
	profilesMerged: number;
	lessonsWritten: number;
	attemptsAdded: number;
	badgesAdded: number;
}

const STATUS_RANK: Record<LessonStatus, number> = { 'not-started': 0, 'in-progress': 1, done: 2 };

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
	if (a === undefined) return b;
	if (b === undefined) return a;
	return Math.min(a, b);
}

/**
 * Merge two records of the same child and lesson: the best result wins. Done beats in
 * progress, higher stars/score kept, earliest start and completion kept.
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
