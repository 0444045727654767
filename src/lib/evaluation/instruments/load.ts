// Reads content/danh-gia/ (Node only: build, prerender, scripts and tests). Returns the
// instruments of every band, or every error found, each as file:line.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BANDS, type Band } from '$lib/content/bands';
import { parseInstrument } from './parse';
import type { BandInstruments, ChungInstrument, FormInstrument, InstrumentError } from './types';
import { checkParallel } from './validate';

export interface InstrumentSet {
	bands: BandInstruments[];
	errors: InstrumentError[];
}

/** `dir` holds one folder per band (content/danh-gia by default). */
export function loadInstruments(opts: {
	root: string;
	dir?: string;
	base?: string;
}): InstrumentSet {
	const dir = opts.dir ?? join(opts.root, 'content', 'danh-gia');
	const set: InstrumentSet = { bands: [], errors: [] };
	for (const band of BANDS) {
		const parts: Partial<Record<'a' | 'b' | 'chung', FormInstrument | ChungInstrument>> = {};
		let broken = false;
		for (const part of ['a', 'b', 'chung'] as const) {
			const path = `content/danh-gia/${band}/${part}.md`;
			const file = join(dir, band, `${part}.md`);
			if (!existsSync(file)) {
				set.errors.push({
					path,
					line: 1,
					message: `thiếu tệp ${part}.md của lứa tuổi ${band} (missing file)`
				});
				broken = true;
				continue;
			}
			const { instrument, errors } = parseInstrument(readFileSync(file, 'utf8'), {
				path,
				base: opts.base
			});
			set.errors.push(...errors);
			if (!instrument || errors.length) broken = true;
			if (instrument) parts[part] = instrument;
		}
		const { a, b, chung } = parts;
		if (a?.kind === 'form' && b?.kind === 'form') set.errors.push(...checkParallel(a, b));
		if (!broken && a?.kind === 'form' && b?.kind === 'form' && chung?.kind === 'chung')
			set.bands.push({ band: band as Band, a, b, chung });
	}
	set.errors.sort((x, y) => x.path.localeCompare(y.path) || x.line - y.line);
	return set;
}

export const formatInstrumentError = (e: InstrumentError) => `${e.path}:${e.line}: ${e.message}`;
