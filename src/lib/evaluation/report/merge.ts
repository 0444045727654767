// Merging the imported files: counts add up per band, per set of instrument versions (results
// of different versions are never pooled: README §6) and per group label. Two files with the
// same label (two tablets in one class) add into one group. Pure and linear in the rows, so
// 1,000 class files merge in well under a second.
import type { Band } from '../../content/bands';
import { WAVES, type Form, type Summary, type Wave } from '../summary';

export interface GroupTally {
	label: string;
	files: number;
	/** `${wave}|${form}` -> children who opened that form. */
	takers: Map<string, number>;
	/** `${leaf}|${wave}|${form}|${arm}|${option}` -> children (arm '' off the list leaf). */
	counts: Map<string, number>;
	sessions: number;
	minutes: number;
	lessons: Set<string>;
}

export interface SectionTally {
	/** `${band} ${id}@${version},...`: the band and its instrument versions. */
	key: string;
	band: Band;
	instruments: Record<string, number>;
	waves: Wave[];
	groups: Map<string, GroupTally>;
}

export const countKey = (leaf: string, wave: Wave, form: Form, arm: string, option: string) =>
	`${leaf}|${wave}|${form}|${arm}|${option}`;

export function sectionKey(s: Summary): string {
	const ids = Object.keys(s.instruments).sort();
	return `${s.group.band} ${ids.map((id) => `${id}@${s.instruments[id]}`).join(',')}`;
}

const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);

export function mergeSummaries(files: readonly Summary[]): SectionTally[] {
	const sections = new Map<string, SectionTally & { waveSet: Set<Wave> }>();
	for (const f of files) {
		const key = sectionKey(f);
		let sec = sections.get(key);
		if (!sec) {
			sec = {
				key,
				band: f.group.band,
				instruments: { ...f.instruments },
				waves: [],
				waveSet: new Set(),
				groups: new Map()
			};
			sections.set(key, sec);
		}
		let g = sec.groups.get(f.group.label);
		if (!g) {
			g = {
				label: f.group.label,
				files: 0,
				takers: new Map(),
				counts: new Map(),
				sessions: 0,
				minutes: 0,
				lessons: new Set()
			};
			sec.groups.set(f.group.label, g);
		}
		g.files++;
		for (const t of f.takers) {
			add(g.takers, `${t.wave}|${t.form}`, t.n);
			if (t.n > 0) sec.waveSet.add(t.wave);
		}
		for (const c of f.counts)
			add(g.counts, countKey(c.leaf, c.wave, c.form, c.arm ?? '', c.option), c.n);
		for (const s of f.sessions) {
			g.sessions++;
			g.minutes += s.minutes;
			for (const l of s.lessons) g.lessons.add(l);
		}
	}
	return [...sections.values()]
		.map(({ waveSet, ...sec }) => ({ ...sec, waves: WAVES.filter((w) => waveSet.has(w)) }))
		.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
