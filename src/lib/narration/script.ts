// What a club leader reads into the microphone for each screen of a lesson: the same text
// the synthetic voice would read (the step, or the question with every option, card, bin,
// message or setting), so a recording can stand in for it. Pure: built at prerender time.
import type { Activity, Screen } from '$lib/content/types';
import type { Band } from '$lib/content/bands';

export interface ScriptScreen {
	/** "s0", "s1"...: the screen's index in the lesson, as the player keys narration. */
	key: string;
	/** The step's title, or the activity's type (the page words it). */
	title: string;
	kind: 'step' | Activity['type'];
	/** Lines to read, in the order the screen shows them. */
	lines: string[];
}

function activityLines(a: Activity): string[] {
	const prompt = [a.prompt.text];
	switch (a.type) {
		case 'choice':
			return [...prompt, ...a.options.map((o) => o.label.text)];
		case 'sort':
			return [...prompt, ...a.cards.map((c) => c.text), ...a.bins];
		case 'redflag':
			return [
				...prompt,
				...(a.profile ? [a.profile.name, a.profile.bio] : []),
				...a.items.map((i) => `${i.from}: ${i.text}`)
			];
		case 'settings':
			return [...prompt, ...a.settings.flatMap((s) => [s.label, ...s.options.map((o) => o.label)])];
		case 'chat': {
			// The story's first messages: later ones depend on the child's replies.
			const first = a.nodes[a.start];
			return [...prompt, ...(first?.messages ?? []).map((m) => `${m.from}: ${m.text}`)];
		}
	}
}

export function narrationScript(screens: Screen[]): ScriptScreen[] {
	return screens.map((s, i) =>
		s.kind === 'step'
			? { key: `s${i}`, title: s.title, kind: 'step', lines: [s.title, s.body.text] }
			: { key: `s${i}`, title: '', kind: s.activity.type, lines: activityLines(s.activity) }
	);
}

/** One lesson in the recorder's script file (/thay-co/doc-bai/loi-doc.json). */
export interface NarrationLesson {
	id: string;
	band: Band;
	title: string;
	version: number;
	screens: ScriptScreen[];
}
