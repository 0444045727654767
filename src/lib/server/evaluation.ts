// The check's instruments for prerendering, loaded once per build process. A broken file
// fails the build with every error as file:line, as a broken lesson does.
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { codebookObjectives, codebookRows } from '$lib/evaluation/instruments/codebook';
import {
	formatInstrumentError,
	loadInstruments,
	type InstrumentSet
} from '$lib/evaluation/instruments/load';

let cache: InstrumentSet | null = null;

export function instruments(): InstrumentSet {
	if (!cache) {
		cache = loadInstruments({ root: process.cwd(), base });
		if (cache.errors.length) throw new Error(cache.errors.map(formatInstrumentError).join('\n'));
	}
	return cache;
}

export function bandInstruments(band: string) {
	const b = instruments().bands.find((x) => x.band === band);
	if (!b) error(404);
	return b;
}

export const codebook = () => codebookRows(instruments().bands);
export const objectives = () => codebookObjectives(instruments().bands);

/** Instrument id -> version, for the counts and the summary file. */
export function versionsOf(band: string): Record<string, number> {
	const b = bandInstruments(band);
	return { [b.a.id]: b.a.version, [b.b.id]: b.b.version, [b.chung.id]: b.chung.version };
}
