// Which lessons carry pictures: read by the content test and the browser walk
// (tests/pictures.e2e.ts), so the list of lessons not illustrated yet is in one visible place.

/** Bands whose every step screen shows a picture or a scene. */
export const ILLUSTRATED_STEPS = ['6-8', '9-10'];
/** Bands whose every choice option, sort card, bin and chat contact also has a picture. */
export const ILLUSTRATED_ANSWERS = ['6-8'];
/**
 * Lessons of those bands not illustrated yet, by id, until an author adds their pictures. Empty
 * now: every lesson of those bands is illustrated, the 08+ ones of issue 26 included.
 */
export const NOT_YET_ILLUSTRATED: string[] = [];
