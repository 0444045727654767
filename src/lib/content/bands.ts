// The age bands: the one vocabulary every page needs (routes, progress, the header), kept
// apart from the lesson vocabularies in vocab.ts so that importing it never brings their
// word lists into the code every page loads.
export const BANDS = ['6-8', '9-10', '11-14', '15-17'] as const;
export type Band = (typeof BANDS)[number];

export function isBand(v: unknown): v is Band {
	return typeof v === 'string' && (BANDS as readonly string[]).includes(v);
}
