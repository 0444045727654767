// The codebook as the report reads it (content/danh-gia/README.md §6): one row per leaf, generated
// from the instruments by the device side and prerendered at /thay-co/danh-gia/codebook.json. The
// report needs it to know which option is right, which objective a leaf measures and what each
// leaf says; validation needs it to refuse unknown leaves and options.
import type { Band } from '../../content/bands';
import { leafIndex, type Form, type LeafIndex } from '../summary';

export type LeafKind = 'choice' | 'sort' | 'redflag' | 'confidence' | 'worry' | 'list';

export interface CodebookLeaf {
	id: string;
	band: Band;
	/** A or B for a form's leaves, null for the common part (chung). */
	form: Form | null;
	/** Instrument id (`dg-6-8-a`) and its content version. */
	instrument: string;
	version: number;
	/** Objective code for scored leaves, null for confidence, worry and list. */
	objective: string | null;
	kind: LeafKind;
	/** Plain text of the question, card or message. */
	text: string;
	options: { key: string; text: string }[];
	/** The right option's key, or null when nothing is right (c, w, l). */
	correct: string | null;
	/** The list experiment's leaf. */
	sensitive?: boolean;
}

export interface Codebook {
	leaves: CodebookLeaf[];
	/** Leaf id -> row, per instrument version (`dg-6-8-a@1`). */
	byVersion: Map<string, Map<string, CodebookLeaf>>;
	index: LeafIndex;
	/** `${band}/${code}` -> the objective's wording, when the codebook carries it. */
	objectives: Map<string, string>;
}

export interface CodebookObjective {
	band: Band;
	code: string;
	text: string;
}

export function makeCodebook(
	leaves: CodebookLeaf[],
	objectives: CodebookObjective[] = []
): Codebook {
	const byVersion = new Map<string, Map<string, CodebookLeaf>>();
	for (const l of leaves) {
		const k = `${l.instrument}@${l.version}`;
		if (!byVersion.has(k)) byVersion.set(k, new Map());
		byVersion.get(k)!.set(l.id, l);
	}
	return {
		leaves,
		byVersion,
		index: leafIndex(leaves),
		objectives: new Map(objectives.map((o) => [`${o.band}/${o.code}`, o.text]))
	};
}

/**
 * Accepts the prerendered JSON as an array of rows or as `{ leaves: [...], objectives?:
 * [{ band, code, text }] }`.
 */
export function codebookFromJson(data: unknown): Codebook {
	if (Array.isArray(data)) return makeCodebook(data as CodebookLeaf[]);
	const d = (data ?? {}) as { leaves?: unknown[]; objectives?: unknown[] };
	return makeCodebook(
		(d.leaves ?? []) as CodebookLeaf[],
		Array.isArray(d.objectives) ? (d.objectives as CodebookObjective[]) : []
	);
}
