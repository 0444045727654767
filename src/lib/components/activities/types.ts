import type { Activity, ChatNode, ChatReply } from '$lib/content/types';
import type { Band } from '$lib/content/bands';
import type { ActivityResult } from '$lib/lesson/scoring';

/** One answer inside an activity, for the progress store's attempt log. */
export interface AnswerEvent {
	/** Which card, message, setting or chat node; absent for a single-question activity. */
	itemId?: string;
	/** A stable id: option id, bin name, "flag"/"ok", option id of a setting, reply id. */
	answer: string;
	correct: boolean;
}

/** The props every activity component takes (the chat adds its typing delay). */
export interface ActivityProps<A extends Activity = Activity> {
	activity: A;
	band: Band;
	onanswer?: (a: AnswerEvent) => void;
	ondone: (r: ActivityResult) => void;
	/**
	 * No feedback (the effectiveness check, issue 20): no right or wrong, no stars, an answer
	 * can be changed until "Tiếp tục", and "Bỏ qua" stays on the screen.
	 */
	quiet?: boolean;
}

/** What the last answer said, shown in the answer sheet at the bottom of the screen. */
export interface SheetFeedback {
	/** good: right answer; try: not yet right (never "wrong" in red); info: neutral. */
	tone: 'good' | 'try' | 'info';
	title?: string;
	/** Compiled lesson HTML (an option's feedback, a card's "why"). */
	html?: string;
	/** Short lines of the player's own, after the title (e.g. "1/3 found"). */
	lines?: string[];
}

/** The sheet's way on before the activity is finished: "Thử lại", "Đọc tiếp"... */
export interface SheetAction {
	label: string;
	run: () => void;
}

/** A chat choice point answered with an unsafe reply, recalled at the ending. */
export interface MissedReply {
	node: ChatNode;
	picked: ChatReply;
}
