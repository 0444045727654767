// The studio's editor: CodeMirror 6 from its core packages (view, state, commands, language
// and the Markdown grammar), not the `codemirror` meta-package, whose basic setup brings
// autocompletion, search and lint panels a lesson does not need. Loaded only by the studio's
// own chunk. Lines that open or close a `:::` block get a class, so a teacher sees where each
// step or activity begins and ends.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdownLanguage } from '@codemirror/lang-markdown';
import { defaultHighlightStyle, LanguageSupport, syntaxHighlighting } from '@codemirror/language';
import { EditorState, RangeSetBuilder } from '@codemirror/state';
import {
	Decoration,
	EditorView,
	keymap,
	lineNumbers,
	ViewPlugin,
	type DecorationSet,
	type ViewUpdate
} from '@codemirror/view';

const BLOCK_LINE = /^\s*:::/;
const blockLine = Decoration.line({ class: 'cm-block-line' });

function blockDecorations(view: EditorView): DecorationSet {
	const builder = new RangeSetBuilder<Decoration>();
	for (const { from, to } of view.visibleRanges)
		for (let pos = from; pos <= to;) {
			const line = view.state.doc.lineAt(pos);
			if (BLOCK_LINE.test(line.text)) builder.add(line.from, line.from, blockLine);
			pos = line.to + 1;
		}
	return builder.finish();
}

const blockLines = ViewPlugin.fromClass(
	class {
		decorations: DecorationSet;
		constructor(view: EditorView) {
			this.decorations = blockDecorations(view);
		}
		update(u: ViewUpdate) {
			if (u.docChanged || u.viewportChanged) this.decorations = blockDecorations(u.view);
		}
	},
	{ decorations: (p) => p.decorations }
);

const theme = EditorView.theme({
	'&': { fontSize: '16px', border: '1px solid var(--c-border, #999)', borderRadius: '8px' },
	'.cm-content': { fontFamily: 'ui-monospace, monospace', minHeight: '20rem' },
	'.cm-block-line': { background: 'rgba(15, 118, 110, 0.12)', fontWeight: '700' },
	'&.cm-focused': { outline: '3px solid var(--c-focus, #0f766e)' }
});

export interface Editor {
	/** Move the cursor to the start of a line (1-based) and focus the editor. */
	goto(line: number): void;
	/** The line the cursor is on (1-based). */
	cursorLine(): number;
	/** Replace the whole text (a copied or opened lesson). */
	set(doc: string): void;
	destroy(): void;
}

export function createEditor(
	parent: HTMLElement,
	doc: string,
	opts: { label: string; onchange: (doc: string) => void }
): Editor {
	const view = new EditorView({
		parent,
		state: EditorState.create({
			doc,
			extensions: [
				lineNumbers(),
				history(),
				// No Tab binding: Tab still leaves the editor, for keyboard users.
				keymap.of([...defaultKeymap, ...historyKeymap]),
				new LanguageSupport(markdownLanguage),
				syntaxHighlighting(defaultHighlightStyle),
				blockLines,
				EditorView.lineWrapping,
				EditorView.contentAttributes.of({ 'aria-label': opts.label }),
				EditorView.updateListener.of((u) => {
					if (u.docChanged) opts.onchange(u.state.doc.toString());
				}),
				theme
			]
		})
	});
	return {
		goto(line) {
			const doc = view.state.doc;
			const at = doc.line(Math.max(1, Math.min(doc.lines, line)));
			view.dispatch({ selection: { anchor: at.from }, scrollIntoView: true });
			view.focus();
		},
		cursorLine: () => view.state.doc.lineAt(view.state.selection.main.head).number,
		set(text) {
			view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
		},
		destroy: () => view.destroy()
	};
}
