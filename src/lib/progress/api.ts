// The contract between the learner experience and the progress store. Components only
// see this interface; the Dexie implementation (or the in-memory fallback when IndexedDB
// is unavailable) lives behind it.
import type { Band, Topic } from '$lib/content/vocab';

export type LessonStatus = 'not-started' | 'in-progress' | 'done';

export interface AttemptInput {
	lessonId: string;
	/** The lesson's content version at the time of the answer. */
	lessonVersion: number;
	activityId: string;
	/** Which question/card/message/setting inside the activity, when it has several. */
	itemId?: string;
	/** What the learner chose, as stable ids (option id, bin name, node id...). */
	answer: string;
	correct: boolean;
}

export interface LessonProgressView {
	lessonId: string;
	status: LessonStatus;
	/** Index of the screen (step or activity) to resume at. */
	currentStep: number;
	stars: number;
	bestScore: number;
}

export interface ActivityResult {
	/** Fraction 0..1 of items right on the first try; null when skipped. */
	score: number | null;
	skipped: boolean;
}

/**
 * What `completeLesson` needs to know about the lessons to award badges (the store never
 * imports content). `LessonMeta` fits as is.
 */
export interface CatalogueLesson {
	id: string;
	band: Band;
	topics: readonly Topic[];
}
