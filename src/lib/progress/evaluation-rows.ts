// Rows of the effectiveness check (issue 20) on the device. Only counts and the adult's
// own records: the one thing kept per child is the form a learner took at each wave (so
// the next wave gives the other form), and it never leaves the device.
import type { Band } from '$lib/content/bands';
import type { Arm, Form, SummarySession, Wave } from '$lib/evaluation/summary';

/** A group (school and class, typed by the adult) running the check on this device. */
export interface EvalRoundRow {
	/** 8 characters a-z 0-9, random: the group's id in the summary file. */
	round: string;
	band: Band;
	label: string;
	/** The wave open to learners, or null when the check is closed for this group. */
	wave: Wave | null;
	/** Exports so far; the next file is revision + 1. */
	revision: number;
	/** Day the group was made (YYYY-MM-DD). */
	created: string;
	/** Instrument id -> content version the counts were made with. */
	instruments: Record<string, number>;
	/** Children who opened a form, by `${wave}|${form}`. */
	takers: Record<string, number>;
	/** Children who started each wave (alone on the device), in order: their slot. */
	slots: Partial<Record<Wave, number>>;
	sessions: SummarySession[];
}

/** One count: leaf x option x form x wave (+ arm) of one group. */
export interface EvalCountRow {
	/** `${round}|${leaf}|${wave}|${form}|${arm}|${option}` */
	key: string;
	round: string;
	leaf: string;
	wave: Wave;
	form: Form;
	arm?: Arm;
	option: string;
	n: number;
}

/** The form a learner (a profile on this device) took at each wave of a group. */
export interface EvalFormRow {
	profileId: string;
	round: string;
	forms: Partial<Record<Wave, Form>>;
}
