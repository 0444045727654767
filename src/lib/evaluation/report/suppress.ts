// Small cells are never shown (content/danh-gia/README.md §8). A cell counts children; one with
// 1-4 shows "< 5" (primary). Then, in any line (a row or a column) whose total is shown, a single
// hidden cell could be worked out by subtraction, so the next smallest shown cell of that line is
// hidden too (secondary), again and again until no line has exactly one. A cell of 0 is shown: it
// says nobody took that form, which protects no child and hides nothing (and it is never used as
// the second hidden cell, which would leave the first one exposed).
export const MIN_CELL = 5;

/** A sum of cells, itself a cell (so a total can be hidden and can sit in another line). */
export interface Line {
	total: string;
	members: string[];
}

export interface Suppression {
	hidden: Set<string>;
	/** Why each hidden cell is hidden. */
	reason: Map<string, 'primary' | 'secondary'>;
}

export function suppress(values: ReadonlyMap<string, number>, lines: readonly Line[]): Suppression {
	const hidden = new Set<string>();
	const reason = new Map<string, 'primary' | 'secondary'>();
	for (const [cell, n] of values)
		if (n > 0 && n < MIN_CELL) {
			hidden.add(cell);
			reason.set(cell, 'primary');
		}
	const value = (c: string) => values.get(c) ?? 0;
	let changed = true;
	while (changed) {
		changed = false;
		for (const line of lines) {
			if (hidden.has(line.total)) continue;
			const inLine = line.members.filter((m) => hidden.has(m));
			if (inLine.length !== 1) continue;
			const candidates = line.members
				.filter((m) => !hidden.has(m) && value(m) > 0)
				.sort((a, b) => value(a) - value(b) || (a < b ? -1 : 1));
			// Nothing else to hide: the total alone would give the cell away.
			const next = candidates[0] ?? line.total;
			hidden.add(next);
			reason.set(next, 'secondary');
			changed = true;
		}
	}
	return { hidden, reason };
}
