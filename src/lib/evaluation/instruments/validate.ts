// Checks across a band's files: forms A and B must be parallel (content/danh-gia/README.md
// §6): the same objectives with the same words, and for each objective the same number of
// scored leaves, so A at pre and B at post measure the same thing.
import { leavesOf } from './leaves';
import type { FormInstrument, InstrumentError } from './types';

function scoredPerObjective(f: FormInstrument): Map<string, number> {
	const m = new Map<string, number>();
	for (const leaf of leavesOf(f))
		if (leaf.objective) m.set(leaf.objective, (m.get(leaf.objective) ?? 0) + 1);
	return m;
}

export function checkParallel(a: FormInstrument, b: FormInstrument): InstrumentError[] {
	const errors: InstrumentError[] = [];
	const add = (line: number, message: string) => errors.push({ path: b.path, line, message });
	const lineOf = (objective: string) =>
		b.items.find((i) => i.objective === objective)?.activity.line ?? 1;
	const ka = Object.keys(a.objectives);
	const kb = Object.keys(b.objectives);
	for (const k of ka) {
		if (!(k in b.objectives))
			add(
				1,
				`mục tiêu "${k}" có trong ${a.path} nhưng không có ở đây (objectives differ from form A)`
			);
		else if (a.objectives[k] !== b.objectives[k])
			add(1, `mục tiêu "${k}" được mô tả khác với ${a.path} (objective text differs from form A)`);
	}
	for (const k of kb)
		if (!(k in a.objectives))
			add(1, `mục tiêu "${k}" không có trong ${a.path} (objectives differ from form A)`);
	const sa = scoredPerObjective(a);
	const sb = scoredPerObjective(b);
	for (const k of new Set([...sa.keys(), ...sb.keys()])) {
		const x = sa.get(k) ?? 0;
		const y = sb.get(k) ?? 0;
		if (x !== y)
			add(
				lineOf(k),
				`mục tiêu "${k}": phiếu A có ${x} ý được chấm, phiếu B có ${y}; hai phiếu phải song song (forms not parallel)`
			);
	}
	if (a.version < 1 || b.version < 1) add(1, 'version phải từ 1 trở lên');
	return errors;
}
