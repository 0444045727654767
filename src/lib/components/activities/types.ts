import type { Activity, ChatNode, ChatReply } from '$lib/content/types';
import type { Band } from '$lib/content/vocab';
import type { ActivityResult } from '$lib/lesson/scoring';

/** One answer inside an activity, for the progress store's attempt log. */
export interface AnswerEvent {
	/** Which card, message, setting or chat node; absent for a single-question activity. */
	itemId?: string;
	/** A stable id: option id, bin name, "flag"/"ok", option id of a setting, reply id. */
	answer: string;
	correct: boolean;
}

/** The props every activity component takes. */
export interface ActivityProps<A extends Activity = Activity> {
	activity: A;
	band: Band;
	onanswer?: (a: AnswerEvent) => void;
	ondone: (r: ActivityResult) => void;
}

/** A chat choice point answered with an unsafe reply, recalled at the ending. */
export interface MissedReply {
	node: ChatNode;
	picked: ChatReply;
}
