// The codebook of every instrument (content/danh-gia/README.md §6), made at build time from
// content/danh-gia.
import { json } from '@sveltejs/kit';
import { codebook, objectives } from '$lib/server/evaluation';

export const prerender = true;

export function GET() {
	// The objectives' wording too: the report's tables name them, not their codes.
	return json({ leaves: codebook(), objectives: objectives() });
}
