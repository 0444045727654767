/** How one activity went, as the lesson player scores it. */
export interface ActivityResult {
	/** Fraction 0..1 of items right on the first try; null when skipped. */
	score: number | null;
	skipped: boolean;
}

/** Mean of the activities answered; skipped ones count neither for nor against. */
export function lessonScore(results: ActivityResult[]): number {
	const answered = results.filter((r) => !r.skipped && r.score !== null);
	if (!answered.length) return 0;
	return answered.reduce((sum, r) => sum + (r.score ?? 0), 0) / answered.length;
}
