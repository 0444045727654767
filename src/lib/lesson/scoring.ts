/** How one activity went, as the lesson player scores it. */
export interface ActivityResult {
	/** Fraction 0..1 of items right on the first try; null when skipped. */
	score: number | null;
	skipped: boolean;
}

/**
 * The lesson's score for the progress store: the share of its activities the child worked
 * through rather than skipped (0..1). Mistakes and retries do not lower it: the stars reward
 * finishing and trying, not getting it right first time (the store turns this into 2 or 3
 * stars, see starsFor). With no activity met in this run (say, resumed after the last one),
 * nothing was skipped: 1.
 */
export function lessonScore(results: ActivityResult[]): number {
	if (!results.length) return 1;
	return results.filter((r) => !r.skipped).length / results.length;
}
