// The learner's check as a list of screens, and how each screen's answers become counts
// (pure: the component in components/evaluation only shows them). A form's items are
// lesson activities; then one screen per confidence line, the worry item and, for 11-17,
// the list (the short arm without the sensitive line).
import type { AnswerEvent } from '$lib/components/activities/types';
import type { Rich } from '$lib/content/types';
import {
	binKey,
	choiceLeaf,
	confidenceLeaf,
	flagKey,
	listLeaf,
	partLeaf,
	worryLeaf
} from './instruments/leaves';
import type { ChungInstrument, EvalItem, FormInstrument } from './instruments/types';
import type { Answer } from '$lib/progress/evaluation';
import type { Arm } from './summary';

export type CheckScreen =
	| { kind: 'item'; inst: string; item: EvalItem }
	| { kind: 'confidence'; leaf: string; prompt: Rich; statement: Rich; j: number; total: number }
	| { kind: 'worry'; leaf: string; prompt: Rich }
	| { kind: 'list'; leaf: string; prompt: Rich; statements: Rich[] };

export function checkScreens(
	form: FormInstrument,
	chung: ChungInstrument,
	arm: Arm
): CheckScreen[] {
	const out: CheckScreen[] = form.items.map((item) => ({ kind: 'item', inst: form.id, item }));
	const { statements, prompt } = chung.confidence;
	statements.forEach((statement, i) =>
		out.push({
			kind: 'confidence',
			leaf: confidenceLeaf(chung.id, i + 1),
			prompt,
			statement,
			j: i + 1,
			total: statements.length
		})
	);
	out.push({ kind: 'worry', leaf: worryLeaf(chung.id), prompt: chung.worry.prompt });
	if (chung.list)
		out.push({
			kind: 'list',
			leaf: listLeaf(chung.id),
			prompt: chung.list.prompt,
			statements: chung.list.statements
				.filter((s) => arm === 'long' || !s.sensitive)
				.map((s) => s.text)
		});
	return out;
}

/** Every leaf a screen holds, in order. */
export function screenLeaves(s: CheckScreen): string[] {
	if (s.kind !== 'item') return [s.leaf];
	const { inst, item } = s;
	const a = item.activity;
	if (a.type === 'choice') return [choiceLeaf(inst, item.n)];
	const parts = a.type === 'sort' ? a.cards : a.items;
	return parts.map((_, m) => partLeaf(inst, item.n, m + 1));
}

/** An activity's answer event as a leaf and option (null if it names nothing known). */
export function eventAnswer(
	s: CheckScreen,
	e: AnswerEvent
): { leaf: string; option: string } | null {
	if (s.kind !== 'item') return null;
	const { inst, item } = s;
	const a = item.activity;
	if (a.type === 'choice')
		return a.options.some((o) => o.id === e.answer)
			? { leaf: choiceLeaf(inst, item.n), option: e.answer }
			: null;
	if (a.type === 'sort') {
		const m = a.cards.findIndex((c) => c.id === e.itemId);
		return m < 0 || !a.bins.includes(e.answer)
			? null
			: { leaf: partLeaf(inst, item.n, m + 1), option: binKey(a.bins, e.answer) };
	}
	const m = a.items.findIndex((i) => i.id === e.itemId);
	return m < 0
		? null
		: { leaf: partLeaf(inst, item.n, m + 1), option: flagKey(e.answer === 'flag') };
}

/**
 * What a screen adds when the child leaves it: each leaf's last answer, and `skip` for a
 * leaf left unanswered (on "Bỏ qua" or "Tiếp tục" alike). The list carries its arm.
 */
export function screenAnswers(
	s: CheckScreen,
	given: ReadonlyMap<string, string>,
	arm: Arm
): Answer[] {
	return screenLeaves(s).map((leaf) => ({
		leaf,
		option: given.get(leaf) ?? 'skip',
		...(s.kind === 'list' ? { arm } : {})
	}));
}
