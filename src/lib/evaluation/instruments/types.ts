// The effectiveness check's instruments (issue 20, content/danh-gia/README.md §6), compiled
// at build time into plain data: the forms' items are the lesson activity types, so the
// learner's page renders them with the lesson components (in their "no feedback" mode).
import type { ChoiceActivity, Rich, RedflagActivity, SortActivity } from '$lib/content/types';
import type { Band } from '$lib/content/bands';
import type { Form } from '../summary';

export type EvalActivity = ChoiceActivity | SortActivity | RedflagActivity;

/** One block of a form: its number in the file (1-based, part of the leaf ids). */
export interface EvalItem {
	n: number;
	objective: string;
	activity: EvalActivity;
}

export interface FormInstrument {
	kind: 'form';
	id: string;
	band: Band;
	form: Form;
	version: number;
	title: string;
	/** Objective code -> what it measures, in file order. */
	objectives: Record<string, string>;
	items: EvalItem[];
	path: string;
}

export interface ListStatement {
	text: Rich;
	sensitive: boolean;
}

export interface ChungInstrument {
	kind: 'chung';
	id: string;
	band: Band;
	version: number;
	title: string;
	confidence: { prompt: Rich; statements: Rich[]; line: number };
	worry: { prompt: Rich; line: number };
	/** 11-14 and 15-17 only. The short arm sees the statements without the sensitive one. */
	list?: { prompt: Rich; statements: ListStatement[]; line: number };
	path: string;
}

export type Instrument = FormInstrument | ChungInstrument;

/** The three files of one band, checked together. */
export interface BandInstruments {
	band: Band;
	a: FormInstrument;
	b: FormInstrument;
	chung: ChungInstrument;
}

export interface InstrumentError {
	path: string;
	line: number;
	message: string;
}
