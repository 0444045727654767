// From merged counts to what the report shows (content/danh-gia/README.md §8), with small cells
// already hidden: a number is shown, null means "< 5". Per band section and per group (the first
// group is all groups together): children per wave and form, per objective the share of scored
// leaves answered right, per item the same, the confidence and worry distributions and the
// list-experiment estimate per wave. A skipped leaf counts as not right (the share is over the
// children who opened the form); parallel items A.n and B.n are read together.
import { BANDS } from '../../content/bands';
import { compareVi } from '../../i18n/text';
import { FORMS, type Form, type Wave } from '../summary';
import type { Codebook, CodebookLeaf } from './codebook';
import { listEstimate, type ListEstimate } from './list-estimate';
import { countKey, type GroupTally, type SectionTally } from './merge';
import { suppress, type Line } from './suppress';

export type Cell = number | null;
export type ByWave<T> = Partial<Record<Wave, T>>;

export interface Distribution {
	/** Option key -> share of the children of that wave (skips included in the base). */
	shares: Record<string, number>;
	n: number;
}
export interface ObjectiveRow {
	code: string;
	/** The objective's wording from the codebook, else its code. */
	text: string;
	/** Scored leaves of this objective in each form. */
	leaves: number;
	pct: ByWave<number | null>;
}
export interface ItemRow {
	/** Place in the form, shared by A and B: "3" or "3.2". */
	position: string;
	objective: string;
	kind: CodebookLeaf['kind'];
	textA: string;
	textB: string;
	pct: ByWave<number | null>;
}
export interface ScaleRow {
	id: string;
	text: string;
	dist: ByWave<Distribution | null>;
}
export interface GroupReport {
	key: string;
	/** null for all groups of the section together. */
	label: string | null;
	files: number;
	sessions: number;
	minutes: number;
	lessons: number;
	children: ByWave<Cell>;
	objectives: ObjectiveRow[];
	items: ItemRow[];
	confidence: ScaleRow[];
	worry: ScaleRow | null;
	list: ByWave<ListEstimate | null> | null;
}
export interface TakersTable {
	/** Wave x form (A, B), or wave x list arm (short, long). */
	columns: { wave: Wave; key: string }[];
	rows: { label: string | null; cells: Cell[]; totals: ByWave<Cell> }[];
	hidden: number;
}
export interface SectionReport {
	key: string;
	band: SectionTally['band'];
	instruments: Record<string, number>;
	waves: Wave[];
	takers: TakersTable;
	listArms: TakersTable | null;
	groups: GroupReport[];
	/** Leaves missing from the codebook (then the section is read without them). */
	missing: string[];
}

export const ALL = '*';
const cellId = (g: string, w: Wave, col: string) => `${g}|${w}|${col}`;
const totalId = (g: string, w: Wave) => `${g}|${w}|=`;

/**
 * Children per group x wave x column (form, or list arm), with totals per group and wave,
 * per column over all groups, and overall; then hidden as suppress() says.
 */
function table(
	groups: string[],
	waves: Wave[],
	cols: string[],
	value: (g: string, w: Wave, col: string) => number
) {
	const values = new Map<string, number>();
	const lines: Line[] = [];
	for (const w of waves) {
		for (const g of groups) {
			const members = cols.map((c) => cellId(g, w, c));
			cols.forEach((c, i) => values.set(members[i], value(g, w, c)));
			values.set(
				totalId(g, w),
				cols.reduce((s, c) => s + value(g, w, c), 0)
			);
			lines.push({ total: totalId(g, w), members });
		}
		for (const c of cols) {
			const members = groups.map((g) => cellId(g, w, c));
			values.set(
				cellId(ALL, w, c),
				members.reduce((s, m) => s + values.get(m)!, 0)
			);
			lines.push({ total: cellId(ALL, w, c), members });
		}
		values.set(
			totalId(ALL, w),
			groups.reduce((s, g) => s + values.get(totalId(g, w))!, 0)
		);
		lines.push({ total: totalId(ALL, w), members: cols.map((c) => cellId(ALL, w, c)) });
		lines.push({ total: totalId(ALL, w), members: groups.map((g) => totalId(g, w)) });
	}
	const { hidden } = suppress(values, lines);
	const shown = (id: string): Cell => (hidden.has(id) ? null : (values.get(id) ?? 0));
	return { shown, hidden: hidden.size };
}

function sumTallies(groups: GroupTally[]): GroupTally {
	const all: GroupTally = {
		label: '',
		files: 0,
		takers: new Map(),
		counts: new Map(),
		sessions: 0,
		minutes: 0,
		lessons: new Set()
	};
	for (const g of groups) {
		all.files += g.files;
		all.sessions += g.sessions;
		all.minutes += g.minutes;
		for (const l of g.lessons) all.lessons.add(l);
		for (const [k, n] of g.takers) all.takers.set(k, (all.takers.get(k) ?? 0) + n);
		for (const [k, n] of g.counts) all.counts.set(k, (all.counts.get(k) ?? 0) + n);
	}
	return all;
}

const positionOf = (leaf: string) => leaf.slice(leaf.indexOf('.') + 1);

export function buildReport(sections: SectionTally[], codebook: Codebook): SectionReport[] {
	return sections
		.map((s) => sectionReport(s, codebook))
		.sort((a, b) => BANDS.indexOf(a.band) - BANDS.indexOf(b.band) || (a.key < b.key ? -1 : 1));
}

function sectionReport(sec: SectionTally, codebook: Codebook): SectionReport {
	const labels = [...sec.groups.keys()].sort((a, b) => compareVi(a, b) || (a < b ? -1 : 1));
	const leaves: CodebookLeaf[] = [];
	for (const [id, version] of Object.entries(sec.instruments))
		leaves.push(...(codebook.byVersion.get(`${id}@${version}`)?.values() ?? []));
	const known = new Set(leaves.map((l) => l.id));
	const missing = new Set<string>();
	for (const g of sec.groups.values())
		for (const k of g.counts.keys()) {
			const leaf = k.slice(0, k.indexOf('|'));
			if (!known.has(leaf)) missing.add(leaf);
		}

	const takersOf = (g: GroupTally, w: Wave, f: string) => g.takers.get(`${w}|${f}`) ?? 0;
	const tally = (label: string) => sec.groups.get(label)!;
	const forms = table(labels, sec.waves, [...FORMS], (g, w, f) => takersOf(tally(g), w, f));

	const listLeaf = leaves.find((l) => l.kind === 'list');
	const armTotal = (g: GroupTally, w: Wave, arm: string) => {
		let n = 0;
		for (const f of FORMS)
			for (const o of listLeaf!.options.map((x) => x.key).concat('skip'))
				n += g.counts.get(countKey(listLeaf!.id, w, f, arm, o)) ?? 0;
		return n;
	};
	const arms = listLeaf
		? table(labels, sec.waves, ['short', 'long'], (g, w, a) => armTotal(tally(g), w, a))
		: null;

	const toTable = (t: ReturnType<typeof table>, cols: string[]): TakersTable => ({
		columns: sec.waves.flatMap((wave) => cols.map((key) => ({ wave, key }))),
		hidden: t.hidden,
		rows: [...labels, ALL].map((g) => ({
			label: g === ALL ? null : g,
			cells: sec.waves.flatMap((w) => cols.map((c) => t.shown(cellId(g, w, c)))),
			totals: Object.fromEntries(sec.waves.map((w) => [w, t.shown(totalId(g, w))]))
		}))
	});

	const all = sumTallies([...sec.groups.values()]);
	const groups = [ALL, ...labels].map((g) =>
		groupReport(g, g === ALL ? all : tally(g), sec.waves, leaves, forms.shown, arms?.shown)
	);
	for (const g of groups)
		for (const o of g.objectives)
			o.text = codebook.objectives.get(`${sec.band}/${o.code}`) ?? o.code;
	return {
		key: sec.key,
		band: sec.band,
		instruments: sec.instruments,
		waves: sec.waves,
		takers: toTable(forms, [...FORMS]),
		listArms: arms ? toTable(arms, ['short', 'long']) : null,
		groups,
		missing: [...missing].sort()
	};
}

function groupReport(
	key: string,
	g: GroupTally,
	waves: Wave[],
	leaves: CodebookLeaf[],
	shown: (id: string) => Cell,
	armShown: ((id: string) => Cell) | undefined
): GroupReport {
	const children: ByWave<Cell> = Object.fromEntries(waves.map((w) => [w, shown(totalId(key, w))]));
	const n = (w: Wave) => children[w] ?? null;
	const count = (leaf: string, w: Wave, f: Form, option: string, arm = '') =>
		g.counts.get(countKey(leaf, w, f, arm, option)) ?? 0;
	const takers = (w: Wave, f: Form) => g.takers.get(`${w}|${f}`) ?? 0;

	const scored = leaves.filter((l) => l.correct !== null && l.form);
	// Right answers and children over the two forms, per wave, for a set of leaves.
	const share = (set: CodebookLeaf[], w: Wave): number | null => {
		if (n(w) === null || !set.length) return null;
		let right = 0;
		let base = 0;
		for (const l of set) {
			right += count(l.id, w, l.form!, l.correct!);
			base += takers(w, l.form!);
		}
		return base ? right / base : null;
	};

	const codes = [...new Set(scored.map((l) => l.objective!))];
	const objectives = codes.map((code) => {
		const set = scored.filter((l) => l.objective === code);
		return {
			code,
			text: code,
			leaves: set.filter((l) => l.form === 'A').length || set.length,
			pct: Object.fromEntries(waves.map((w) => [w, share(set, w)]))
		};
	});

	const positions = [...new Set(scored.map((l) => positionOf(l.id)))];
	const items = positions.map((position) => {
		const pair = scored.filter((l) => positionOf(l.id) === position);
		const a = pair.find((l) => l.form === 'A');
		const b = pair.find((l) => l.form === 'B');
		return {
			position,
			objective: (a ?? b)!.objective!,
			kind: (a ?? b)!.kind,
			textA: a?.text ?? '',
			textB: b?.text ?? '',
			pct: Object.fromEntries(waves.map((w) => [w, share(pair, w)]))
		};
	});

	const dist = (l: CodebookLeaf, w: Wave): Distribution | null => {
		const total = n(w);
		if (total === null || total === 0) return null;
		const shares: Record<string, number> = {};
		for (const o of [...l.options.map((x) => x.key), 'skip']) {
			const k = FORMS.reduce((s, f) => s + count(l.id, w, f, o), 0);
			shares[o] = k / total;
		}
		return { shares, n: total };
	};
	const scale = (l: CodebookLeaf): ScaleRow => ({
		id: l.id,
		text: l.text,
		dist: Object.fromEntries(waves.map((w) => [w, dist(l, w)]))
	});
	const worryLeaf = leaves.find((l) => l.kind === 'worry');

	const listLeaf = leaves.find((l) => l.kind === 'list');
	const list =
		listLeaf && armShown
			? Object.fromEntries(
					waves.map((w) => {
						if (
							armShown(cellId(key, w, 'short')) === null ||
							armShown(cellId(key, w, 'long')) === null
						)
							return [w, null];
						const arm = (a: string) => {
							const m = new Map<string, number>();
							for (const o of listLeaf.options)
								m.set(
									o.key,
									FORMS.reduce((s, f) => s + count(listLeaf.id, w, f, o.key, a), 0)
								);
							return m;
						};
						return [w, listEstimate(arm('short'), arm('long'))];
					})
				)
			: null;

	return {
		key,
		label: key === ALL ? null : g.label,
		files: g.files,
		sessions: g.sessions,
		minutes: g.minutes,
		lessons: g.lessons.size,
		children,
		objectives,
		items,
		confidence: leaves.filter((l) => l.kind === 'confidence').map(scale),
		worry: worryLeaf ? scale(worryLeaf) : null,
		list
	};
}
