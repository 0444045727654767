// Made-up classes for tests, the e2e and the benchmark: a small codebook with the shape of
// content/danh-gia/README.md §6 (the real leaf-id patterns of 11-14) and a
// simulated class answering it, built with the real builder. Never imported by a page.
import {
	buildSummary,
	type Arm,
	type Form,
	type Summary,
	type SummaryCount,
	type Wave
} from './summary';
import type { CodebookLeaf } from './report/codebook';

const ORDINARY = 4;

function leaf(
	id: string,
	form: Form | null,
	objective: string | null,
	kind: CodebookLeaf['kind'],
	options: string[],
	correct: string | null,
	sensitive = false
): CodebookLeaf {
	const instrument = id.slice(0, id.indexOf('.'));
	return {
		id,
		band: '11-14',
		form,
		instrument,
		version: 1,
		objective,
		kind,
		text: `Câu ${id}`,
		options: options.map((key) => ({ key, text: key })),
		correct,
		sensitive
	};
}

function formLeaves(form: Form): CodebookLeaf[] {
	const p = `dg-11-14-${form.toLowerCase()}`;
	return [
		leaf(`${p}.1`, form, 'du-do', 'choice', ['o1', 'o2', 'o3'], 'o2'),
		leaf(`${p}.2`, form, 'xin-anh', 'choice', ['o1', 'o2', 'o3', 'o4'], 'o1'),
		leaf(`${p}.3.1`, form, 'du-do', 'sort', ['b1', 'b2'], 'b1'),
		leaf(`${p}.3.2`, form, 'du-do', 'sort', ['b1', 'b2'], 'b2'),
		leaf(`${p}.4.1`, form, 'xin-anh', 'redflag', ['flag', 'pass'], 'pass'),
		leaf(`${p}.4.2`, form, 'xin-anh', 'redflag', ['flag', 'pass'], 'flag')
	];
}

/** The fixture codebook: forms A and B (two objectives, 3 scored leaves each) and chung. */
export const FIXTURE_CODEBOOK: CodebookLeaf[] = [
	...formLeaves('A'),
	...formLeaves('B'),
	leaf('dg-11-14-chung.c1', null, null, 'confidence', ['1', '2', '3'], null),
	leaf('dg-11-14-chung.c2', null, null, 'confidence', ['1', '2', '3'], null),
	leaf('dg-11-14-chung.w', null, null, 'worry', ['1', '2', '3'], null),
	leaf(
		'dg-11-14-chung.l',
		null,
		null,
		'list',
		Array.from({ length: ORDINARY + 2 }, (_, i) => String(i)),
		null,
		true
	)
];

/** Wording of the fixture's objectives (content/danh-gia/README.md §7, 11-14). */
export const FIXTURE_OBJECTIVES = [
	{
		band: '11-14' as const,
		code: 'du-do',
		text: 'Nhận ra các bước dụ dỗ qua mạng và biết dừng lại, kể ở bước nào cũng được'
	},
	{
		band: '11-14' as const,
		code: 'xin-anh',
		text: 'Nhận ra lời xin ảnh riêng tư và câu gây áp lực; từ chối, chặn và kể với người lớn'
	}
];

/** The codebook JSON as the page fetches it. */
export const fixtureCodebookJson = () => ({
	leaves: FIXTURE_CODEBOOK,
	objectives: FIXTURE_OBJECTIVES
});

/** A small deterministic generator (mulberry32), so a fixture is the same on every run. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface ClassOptions {
	label?: string;
	round?: string;
	revision?: number;
	children?: number;
	waves?: Wave[];
	/** Chance of a right answer per wave. */
	right?: Partial<Record<Wave, number>>;
	seed?: number;
	exported?: string;
	/** Another codebook (the real one from content/danh-gia/), all of one band. */
	codebook?: readonly CodebookLeaf[];
}

/**
 * A class of children answering the fixture codebook (or the one given): form A/B
 * alternating at pre, the other form at post, the pre form again at delayed; list arm
 * alternating too.
 */
export async function fixtureClass(o: ClassOptions = {}): Promise<Summary> {
	const rnd = random(o.seed ?? 1);
	const children = o.children ?? 40;
	const waves = o.waves ?? ['pre', 'post'];
	const right = { pre: 0.45, post: 0.8, delayed: 0.7, ...o.right };
	const book = o.codebook ?? FIXTURE_CODEBOOK;
	const band = book[0].band;
	const counts = new Map<string, SummaryCount>();
	const takers = new Map<string, number>();
	const add = (c: Omit<SummaryCount, 'n'>) => {
		const k = `${c.leaf}|${c.wave}|${c.form}|${c.arm ?? ''}|${c.option}`;
		const row = counts.get(k) ?? { ...c, n: 0 };
		row.n++;
		counts.set(k, row);
	};
	for (let child = 0; child < children; child++) {
		const first: Form = child % 2 ? 'B' : 'A';
		const arm: Arm = Math.floor(child / 2) % 2 ? 'long' : 'short';
		for (const wave of waves) {
			const form: Form = wave === 'post' ? (first === 'A' ? 'B' : 'A') : first;
			takers.set(`${wave}|${form}`, (takers.get(`${wave}|${form}`) ?? 0) + 1);
			for (const l of book) {
				if (l.form && l.form !== form) continue;
				const base = { leaf: l.id, wave, form };
				if (rnd() < 0.03) {
					add({ ...base, ...(l.kind === 'list' ? { arm } : {}), option: 'skip' });
					continue;
				}
				if (l.correct) {
					const wrong = l.options.filter((x) => x.key !== l.correct);
					const pick =
						rnd() < right[wave] ? l.correct : wrong[Math.floor(rnd() * wrong.length)].key;
					add({ ...base, option: pick });
				} else if (l.kind === 'list') {
					let n = 0;
					// Options 0..N+1: N ordinary statements, and the sensitive one on the long list.
					for (let i = 0; i < l.options.length - 2; i++) if (rnd() < 0.5) n++;
					if (arm === 'long' && rnd() < (wave === 'pre' ? 0.3 : 0.15)) n++;
					add({ ...base, arm, option: String(n) });
				} else {
					const up = wave === 'pre' ? 0 : 0.3;
					const r = rnd();
					const key =
						l.kind === 'worry'
							? r < 0.5
								? '1'
								: r < 0.9
									? '2'
									: '3'
							: r < 0.3 - up / 2
								? '1'
								: r < 0.7 - up
									? '2'
									: '3';
					add({ ...base, option: key });
				}
			}
		}
	}
	return buildSummary({
		round: o.round ?? 'k3f9q2xa',
		revision: o.revision ?? 1,
		exported: o.exported ?? '2026-11-20',
		group: { label: o.label ?? 'THCS Phú Hội - 7A', band },
		instruments: Object.fromEntries(book.map((l) => [l.instrument, l.version])),
		takers: [...takers].map(([k, n]) => {
			const [wave, form] = k.split('|') as [Wave, Form];
			return { wave, form, n };
		}),
		counts: [...counts.values()],
		sessions: [
			{ date: '2026-11-18', minutes: 40, lessons: [`${band}/01-nguoi-la-tren-mang`], children }
		]
	});
}
