// The list experiment (content/danh-gia/README.md §8): half the children see N ordinary statements
// (short arm), half see the same N and one sensitive statement (long arm); each says only how many
// are true. The difference of the two means estimates the share for whom the sensitive one is
// true; its standard error is sqrt(var_long / n_long + var_short / n_short), with sample
// variances. Skipped answers are left out. Counts come as option -> children ("0".."N+1").

export interface ArmStats {
	n: number;
	mean: number;
	/** Sample variance (n - 1); 0 with fewer than two children. */
	variance: number;
}

export interface ListEstimate {
	short: ArmStats;
	long: ArmStats;
	/** mean(long) - mean(short), a share 0..1 when the design holds (may fall outside). */
	estimate: number;
	se: number;
	/** 95% interval, estimate ± 1.96 SE. */
	low: number;
	high: number;
}

export function armStats(counts: ReadonlyMap<string, number>): ArmStats {
	let n = 0;
	let sum = 0;
	let sq = 0;
	for (const [option, k] of counts) {
		if (!/^\d+$/.test(option)) continue; // skip
		const x = Number(option);
		n += k;
		sum += k * x;
		sq += k * x * x;
	}
	const mean = n ? sum / n : 0;
	const variance = n > 1 ? (sq - n * mean * mean) / (n - 1) : 0;
	return { n, mean, variance: Math.max(0, variance) };
}

/** Null when an arm has nobody (no estimate can be made). */
export function listEstimate(
	short: ReadonlyMap<string, number>,
	long: ReadonlyMap<string, number>
): ListEstimate | null {
	const s = armStats(short);
	const l = armStats(long);
	if (!s.n || !l.n) return null;
	const estimate = l.mean - s.mean;
	const se = Math.sqrt(l.variance / l.n + s.variance / s.n);
	return { short: s, long: l, estimate, se, low: estimate - 1.96 * se, high: estimate + 1.96 * se };
}
