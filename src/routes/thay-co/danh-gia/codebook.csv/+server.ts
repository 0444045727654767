// The codebook as a spreadsheet: UTF-8 with a BOM, one row per leaf.
import { codebookCsv } from '$lib/evaluation/instruments/codebook';
import { codebook } from '$lib/server/evaluation';

export const prerender = true;

export function GET() {
	return new Response(codebookCsv(codebook()), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
