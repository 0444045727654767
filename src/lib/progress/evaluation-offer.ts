// What the band page needs to offer the check (issue 20): kept apart from evaluation.ts so
// the children's band page carries a few lines, not the summary file's code.
import type { Band } from '$lib/content/bands';
import type { Wave } from '$lib/evaluation/summary';
import type { Store } from './store';

/** Settings key of the switch "Tắt phần kiểm tra trên máy này". */
export const EVAL_OFF = 'evaluation.off';

export async function isCheckOff(store: Store): Promise<boolean> {
	return (await store.read((t) => t.settings.get(EVAL_OFF)))?.value === true;
}
/** What a learner's page needs to offer the check: the open group of the band, if any. */
export interface Offer {
	round: string;
	wave: Wave;
	/** This learner already took this wave on this device. */
	done: boolean;
}
export async function offerFor(
	store: Store,
	band: Band,
	profileId: string | null
): Promise<Offer | null> {
	return store.read(async (t) => {
		if ((await t.settings.get(EVAL_OFF))?.value === true) return null;
		const open = (await t.evalRounds.all()).find((r) => r.band === band && r.wave);
		if (!open?.wave) return null;
		const forms = profileId ? (await t.evalForms.get([profileId, open.round]))?.forms : undefined;
		return { round: open.round, wave: open.wave, done: !!forms?.[open.wave] };
	});
}
