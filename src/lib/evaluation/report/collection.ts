// What one import does to the set of files already kept (content/danh-gia/README.md §8): the same
// round, revision and checksum is the same file (counted once); a higher revision of a round
// replaces the lower; a lower one is left out (the newer is kept); the same round and
// revision with another checksum is refused as a conflict. Pure: the caller validates the
// files first and writes the plan in one transaction.
import { CONFLICT_MESSAGE, type RefusalKind, type Summary } from '../summary';

export interface Kept {
	round: string;
	revision: number;
	checksum: string;
}

export type Outcome =
	| { name: string; status: 'added' | 'same' | 'older'; round: string; revision: number }
	| { name: string; status: 'replaced'; round: string; revision: number; previous: number }
	| {
			name: string;
			status: 'refused';
			kind: RefusalKind | 'conflict';
			message: string;
			detail?: string;
	  };

export interface Plan<T extends Kept> {
	outcomes: Outcome[];
	/** Rows to write (new or replacing), in order; at most one per round. */
	put: T[];
}

/**
 * Plan the import of validated files (in the order given) against what is kept. A file
 * refused by validation comes in as its outcome and passes through untouched.
 */
export function planImport<T extends Kept>(
	kept: ReadonlyMap<string, Kept>,
	incoming: ({ name: string; row: T } | { name: string; refused: Outcome })[]
): Plan<T> {
	const state = new Map(kept);
	const put = new Map<string, T>();
	const outcomes: Outcome[] = [];
	for (const file of incoming) {
		if ('refused' in file) {
			outcomes.push(file.refused);
			continue;
		}
		const { row, name } = file;
		const base = { name, round: row.round, revision: row.revision };
		const old = state.get(row.round);
		if (!old) {
			outcomes.push({ ...base, status: 'added' });
		} else if (old.revision === row.revision) {
			if (old.checksum === row.checksum) outcomes.push({ ...base, status: 'same' });
			else
				outcomes.push({
					name,
					status: 'refused',
					kind: 'conflict',
					message: CONFLICT_MESSAGE,
					detail: `${row.round} r${row.revision}`
				});
			continue;
		} else if (old.revision > row.revision) {
			outcomes.push({ ...base, status: 'older' });
			continue;
		} else {
			outcomes.push({ ...base, status: 'replaced', previous: old.revision });
		}
		state.set(row.round, row);
		put.set(row.round, row);
	}
	return { outcomes, put: [...put.values()] };
}

export const keptOf = (s: Summary): Kept => ({
	round: s.round,
	revision: s.revision,
	checksum: s.checksum
});
