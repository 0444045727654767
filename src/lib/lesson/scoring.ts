import type { ActivityResult } from '$lib/progress/api';

/** Mean of the activities answered; skipped ones count neither for nor against. */
export function lessonScore(results: ActivityResult[]): number {
	const answered = results.filter((r) => !r.skipped && r.score !== null);
	if (!answered.length) return 0;
	return answered.reduce((sum, r) => sum + (r.score ?? 0), 0) / answered.length;
}

/** Finishing always earns a star; first-try answers earn the rest. Never zero, never a penalty. */
export function starsFor(score: number): 1 | 2 | 3 {
	if (score >= 0.85) return 3;
	if (score >= 0.5) return 2;
	return 1;
}
