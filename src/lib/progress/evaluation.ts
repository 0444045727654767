// The effectiveness check's storage (issue 20): groups and their rounds, counts, the
// session log and the summary file. Written against the Store like the other progress
// functions; every change that touches more than one row is one transaction.
import { assignArm, assignForm, newRoundId, today } from '$lib/evaluation/assign';
import type { Band } from '$lib/content/bands';
import {
	buildSummary,
	type Arm,
	type Form,
	type Summary,
	type SummarySession,
	type Wave
} from '$lib/evaluation/summary';
import type { EvalCountRow, EvalRoundRow } from './evaluation-rows';
import type { Store, Tables } from './store';

export { EVAL_OFF, isCheckOff, offerFor, type Offer } from './evaluation-offer';
import { EVAL_OFF } from './evaluation-offer';

export async function setCheckOff(store: Store, off: boolean): Promise<void> {
	await store.write((t) => t.settings.put({ key: EVAL_OFF, value: off }));
}

export const listRounds = (store: Store): Promise<EvalRoundRow[]> =>
	store.read(async (t) =>
		(await t.evalRounds.all()).sort(
			(a, b) => b.created.localeCompare(a.created) || a.label.localeCompare(b.label)
		)
	);

/** A label names a school and class, never a child: trimmed, at most 80 characters. */
export function cleanLabel(label: string): string {
	return label.replace(/\s+/g, ' ').trim().slice(0, 80).trim();
}

export async function createRound(
	store: Store,
	input: { band: Band; label: string; wave: Wave | null }
): Promise<EvalRoundRow> {
	const label = cleanLabel(input.label);
	if (!label) throw new Error('label');
	const row: EvalRoundRow = {
		round: newRoundId(),
		band: input.band,
		label,
		wave: input.wave,
		revision: 0,
		created: today(),
		instruments: {},
		takers: {},
		slots: {},
		sessions: []
	};
	await store.write((t) => t.evalRounds.put(row));
	return row;
}

/** Change one group's row (a plain function: nothing else is awaited in the transaction). */
async function update(store: Store, round: string, fn: (r: EvalRoundRow) => void) {
	return store.write(async (t) => {
		const r = await t.evalRounds.get(round);
		if (!r) throw new Error('round');
		fn(r);
		await t.evalRounds.put(r);
		return r;
	});
}

/** Open a wave to learners (one group per band is open at a time), or close it (null). */
export async function setWave(store: Store, round: string, wave: Wave | null): Promise<void> {
	await store.write(async (t) => {
		const r = await t.evalRounds.get(round);
		if (!r) throw new Error('round');
		if (wave)
			for (const o of await t.evalRounds.all())
				if (o.band === r.band && o.round !== round && o.wave)
					await t.evalRounds.put({ ...o, wave: null });
		await t.evalRounds.put({ ...r, wave });
	});
}

export async function deleteRound(store: Store, round: string): Promise<void> {
	await store.write(async (t) => {
		await t.evalRounds.delete(round);
		await t.evalCounts.deleteByRound(round);
		for (const f of await t.evalForms.all())
			if (f.round === round) await t.evalForms.delete([f.profileId, f.round]);
	});
}

export interface Take {
	round: string;
	wave: Wave;
	form: Form;
	arm: Arm;
}

/**
 * A learner opens the check: the form and list by the rule in assign.ts, one more taker,
 * and (for a profile) the form remembered for the next wave; all in one transaction.
 */
export async function beginTake(
	store: Store,
	input: { round: string; profileId: string | null; instruments: Record<string, number> }
): Promise<Take> {
	return store.write(async (t) => {
		const r = await t.evalRounds.get(input.round);
		if (!r?.wave) throw new Error('round');
		const wave = r.wave;
		const known = input.profileId ? await t.evalForms.get([input.profileId, r.round]) : undefined;
		const slot = r.slots[wave] ?? 0;
		const form = assignForm(wave, slot, known?.forms ?? {});
		const arm = assignArm(slot);
		r.slots[wave] = slot + 1;
		const tk = `${wave}|${form}`;
		r.takers[tk] = (r.takers[tk] ?? 0) + 1;
		r.instruments = { ...r.instruments, ...input.instruments };
		await t.evalRounds.put(r);
		if (input.profileId)
			await t.evalForms.put({
				profileId: input.profileId,
				round: r.round,
				forms: { ...known?.forms, [wave]: form }
			});
		return { round: r.round, wave, form, arm };
	});
}

export interface Answer {
	leaf: string;
	option: string;
	/** Only for the list experiment's leaf. */
	arm?: Arm;
}

const countKey = (round: string, wave: Wave, form: Form, a: Answer) =>
	`${round}|${a.leaf}|${wave}|${form}|${a.arm ?? ''}|${a.option}`;

/** Adds to the counts with one read and one write (few awaits keep the transaction alive). */
async function addCounts(
	t: Tables,
	round: string,
	wave: Wave,
	form: Form,
	answers: (Answer & { n: number })[]
): Promise<void> {
	const add = new Map<string, EvalCountRow>();
	for (const a of answers) {
		if (a.n <= 0) continue;
		const key = countKey(round, wave, form, a);
		const row = add.get(key) ?? {
			key,
			round,
			leaf: a.leaf,
			wave,
			form,
			option: a.option,
			n: 0,
			...(a.arm ? { arm: a.arm } : {})
		};
		row.n += a.n;
		add.set(key, row);
	}
	const keys = [...add.keys()];
	const old = await Promise.all(keys.map((k) => t.evalCounts.get(k)));
	await t.evalCounts.bulkPut(
		keys.map((k, i) => ({ ...add.get(k)!, n: add.get(k)!.n + (old[i]?.n ?? 0) }))
	);
}

/** Answers of one screen become counts at once (nothing says whose they were). */
export async function countAnswers(store: Store, take: Take, answers: Answer[]): Promise<void> {
	await store.write((t) =>
		addCounts(
			t,
			take.round,
			take.wave,
			take.form,
			answers.map((a) => ({ ...a, n: 1 }))
		)
	);
}

/**
 * Group mode: the facilitator ran one form on the projector and entered hands per option.
 * `children` join the takers; hands not raised for a leaf count as skipped.
 */
export async function addGroupCounts(
	store: Store,
	input: {
		round: string;
		wave: Wave;
		form: Form;
		children: number;
		instruments: Record<string, number>;
		counts: { leaf: string; option: string; n: number }[];
	}
): Promise<void> {
	const children = Math.max(0, Math.floor(input.children));
	const perLeaf = new Map<string, number>();
	for (const c of input.counts) {
		if (!Number.isInteger(c.n) || c.n < 0) throw new Error('count');
		perLeaf.set(c.leaf, (perLeaf.get(c.leaf) ?? 0) + c.n);
	}
	for (const n of perLeaf.values()) if (n > children) throw new Error('above');
	const skips = [...perLeaf].map(([leaf, n]) => ({ leaf, option: 'skip', n: children - n }));
	await store.write(async (t) => {
		const r = await t.evalRounds.get(input.round);
		if (!r) throw new Error('round');
		const tk = `${input.wave}|${input.form}`;
		r.takers[tk] = (r.takers[tk] ?? 0) + children;
		r.instruments = { ...r.instruments, ...input.instruments };
		await t.evalRounds.put(r);
		await addCounts(t, r.round, input.wave, input.form, [...input.counts, ...skips]);
	});
}

/** The session log: a day, minutes, lessons and how many children; nothing else. */
export async function logSession(store: Store, round: string, s: SummarySession): Promise<void> {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s.date)) throw new Error('date');
	const session: SummarySession = {
		date: s.date,
		minutes: Math.max(0, Math.min(24 * 60, Math.round(s.minutes))),
		lessons: [...s.lessons],
		children: Math.max(0, Math.round(s.children))
	};
	await update(store, round, (r) => {
		r.sessions = [...r.sessions, session].sort((a, b) => a.date.localeCompare(b.date));
	});
}

export async function deleteSession(store: Store, round: string, index: number): Promise<void> {
	await update(store, round, (r) => {
		r.sessions = r.sessions.filter((_, i) => i !== index);
	});
}

/** The group's summary file as it stands (no revision taken): for a preview. */
export async function draftSummary(
	store: Store,
	round: string,
	revision?: number
): Promise<Summary> {
	const [r, counts] = await store.read(
		async (t) => [await t.evalRounds.get(round), await t.evalCounts.byRound(round)] as const
	);
	if (!r) throw new Error('round');
	return summaryOf(r, counts, revision ?? r.revision + 1);
}

/** Export: the next revision, kept on the device, and the file made from the counts. */
export async function exportSummary(store: Store, round: string): Promise<Summary> {
	const r = await update(store, round, (row) => {
		row.revision += 1;
	});
	const counts = await store.read((t) => t.evalCounts.byRound(round));
	return summaryOf(r, counts, r.revision);
}

function summaryOf(r: EvalRoundRow, counts: EvalCountRow[], revision: number): Promise<Summary> {
	return buildSummary({
		round: r.round,
		revision,
		exported: today(),
		group: { label: r.label, band: r.band },
		instruments: Object.keys(r.instruments).length ? r.instruments : defaultInstruments(r.band),
		takers: Object.entries(r.takers).map(([k, n]) => {
			const [wave, form] = k.split('|') as [Wave, Form];
			return { wave, form, n };
		}),
		counts: counts.map((c) => ({
			leaf: c.leaf,
			wave: c.wave,
			form: c.form,
			option: c.option,
			n: c.n,
			...(c.arm ? { arm: c.arm } : {})
		})),
		sessions: r.sessions
	});
}

/** A group with no answers yet still names its instruments (version 1). */
const defaultInstruments = (band: Band) => ({
	[`dg-${band}-a`]: 1,
	[`dg-${band}-b`]: 1,
	[`dg-${band}-chung`]: 1
});
