// What the guide (the shield mascot) shows on a lesson screen. Pure, beside a thin component,
// like the rest of src/lib/lesson.
import type { Topic } from '../content/vocab';

export type GuideMood = 'hello' | 'thinking' | 'cheering' | 'encouraging' | 'calm';

/**
 * Lessons about sextortion or requests for photos are sensitive: a child may be living what
 * the lesson describes, so the guide stays calm on every screen (it never celebrates, even on a
 * right answer) and the lesson ends quietly. Decided by the lesson's topics, which every lesson
 * already declares, so no author can forget a flag.
 */
export const SENSITIVE_TOPICS: readonly Topic[] = ['sextortion', 'image-requests'];

export function isSensitive(topics: readonly Topic[] | undefined): boolean {
	return (topics ?? []).some((t) => SENSITIVE_TOPICS.includes(t));
}

export interface GuideState {
	sensitive: boolean;
	/** 'step' screens explain; 'activity' screens ask; 'summary' ends the lesson. */
	screen: 'step' | 'activity' | 'summary';
	/** The screen's index in the lesson: the guide says hello on the first. */
	index: number;
	/** The last answer on this screen, if any. */
	answer: 'right' | 'try' | null;
}

export function guideMood(s: GuideState): GuideMood {
	if (s.sensitive) return 'calm';
	if (s.screen === 'summary') return 'cheering';
	if (s.screen === 'activity') {
		if (s.answer === 'right') return 'cheering';
		if (s.answer === 'try') return 'encouraging';
		return 'thinking';
	}
	return s.index === 0 ? 'hello' : 'calm';
}
