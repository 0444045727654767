import type { ActivityResult } from '$lib/progress/api';

/** Mean of the activities answered; skipped ones count neither for nor against. */
export function lessonScore(results: ActivityResult[]): number {
	const answered = results.filter((r) => !r.skipped && r.score !== null);
	if (!answered.length) return 0;
	return answered.reduce((sum, r) => sum + (r.score ?? 0), 0) / answered.length;
}
