// The codebook of every instrument (eval-spec §1), made at build time from content/danh-gia.
import { json } from '@sveltejs/kit';
import { codebook } from '$lib/server/evaluation';

export const prerender = true;

export function GET() {
	return json({ leaves: codebook() });
}
