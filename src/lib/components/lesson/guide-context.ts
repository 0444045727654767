// Whether the lesson on screen is sensitive (lesson/guide.ts), for the answer sheet deep in
// an activity: its mascot then stays calm instead of cheering.
import { getContext, setContext } from 'svelte';

const KEY = Symbol('guide-sensitive');

export const setSensitive = (sensitive: () => boolean) => setContext(KEY, sensitive);
export const isSensitiveLesson = (): boolean =>
	getContext<(() => boolean) | undefined>(KEY)?.() ?? false;
