// Leaf ids and option keys (content/danh-gia/README.md §6): the one place that says how an answer
// on a screen becomes a codebook leaf. Used at build time (codebook) and on the device (counting),
// so it carries no markdown-it.
import type { CodebookLeaf } from '../report/codebook';
import type { Instrument } from './types';

export const choiceLeaf = (inst: string, n: number) => `${inst}.${n}`;
export const partLeaf = (inst: string, n: number, m: number) => `${inst}.${n}.${m}`;
export const confidenceLeaf = (chung: string, j: number) => `${chung}.c${j}`;
export const worryLeaf = (chung: string) => `${chung}.w`;
export const listLeaf = (chung: string) => `${chung}.l`;

/** Sort cards count as `b1..bk` (the bins in order), red-flag messages as flag | pass. */
export const binKey = (bins: readonly string[], bin: string) => `b${bins.indexOf(bin) + 1}`;
export const flagKey = (marked: boolean) => (marked ? 'flag' : 'pass');

/** The three faces and the worry scale, in the codebook's words. */
export const FACES = [
	{ key: '1', text: 'chưa biết' },
	{ key: '2', text: 'hơi biết' },
	{ key: '3', text: 'biết rõ' }
] as const;
export const WORRY = [
	{ key: '1', text: 'không lo' },
	{ key: '2', text: 'hơi lo' },
	{ key: '3', text: 'lo nhiều' }
] as const;

export type Leaf = Omit<CodebookLeaf, 'band' | 'form' | 'instrument' | 'version'>;

/** Every leaf of an instrument, in file order. */
export function leavesOf(inst: Instrument): Leaf[] {
	const out: Leaf[] = [];
	if (inst.kind === 'form') {
		for (const { n, objective, activity: a } of inst.items) {
			const prompt = a.prompt.text.replace(/\s+/g, ' ');
			if (a.type === 'choice') {
				const options = a.options.map((o) => ({ key: o.id, text: o.label.text }));
				const right = a.options.find((o) => o.correct);
				out.push({
					id: choiceLeaf(inst.id, n),
					objective,
					kind: 'choice',
					text: prompt,
					options,
					correct: right?.id ?? null
				});
			} else if (a.type === 'sort') {
				const options = a.bins.map((b) => ({ key: binKey(a.bins, b), text: b }));
				a.cards.forEach((c, i) =>
					out.push({
						id: partLeaf(inst.id, n, i + 1),
						objective,
						kind: 'sort',
						text: `${prompt} | ${c.text}`,
						options,
						correct: binKey(a.bins, c.bin)
					})
				);
			} else {
				const options = [
					{ key: 'flag', text: 'đáng lo' },
					{ key: 'pass', text: 'không đáng lo' }
				];
				a.items.forEach((m, i) =>
					out.push({
						id: partLeaf(inst.id, n, i + 1),
						objective,
						kind: 'redflag',
						text: `${prompt} | ${m.from}: ${m.text}`,
						options,
						correct: flagKey(m.flag)
					})
				);
			}
		}
		return out;
	}
	inst.confidence.statements.forEach((s, j) =>
		out.push({
			id: confidenceLeaf(inst.id, j + 1),
			objective: null,
			kind: 'confidence',
			text: s.text,
			options: [...FACES],
			correct: null
		})
	);
	out.push({
		id: worryLeaf(inst.id),
		objective: null,
		kind: 'worry',
		text: inst.worry.prompt.text,
		options: [...WORRY],
		correct: null
	});
	if (inst.list) {
		const n = inst.list.statements.length;
		const options = Array.from({ length: n + 1 }, (_, k) => ({ key: String(k), text: String(k) }));
		const text = [
			inst.list.prompt.text,
			...inst.list.statements.map((s) => (s.sensitive ? '[!] ' : '') + s.text.text)
		].join(' | ');
		out.push({
			id: listLeaf(inst.id),
			objective: null,
			kind: 'list',
			text,
			options,
			correct: null,
			sensitive: true
		});
	}
	return out;
}
