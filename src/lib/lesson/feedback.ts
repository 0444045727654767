// Authors often open feedback with the verdict ("Đúng rồi! ...", "Chưa đúng. ..."), and the
// player shows its own verdict as the title above it. Reading "Đúng rồi!" twice is extra work
// for the slowest readers and for a screen reader, so the body loses an opening that only
// repeats the title. The 28 lessons stay as written: this runs at display time.

/** Openers that mean "right" and "not right": dropped under a title of the same sense. */
const RIGHT = ['đúng rồi', 'đúng vậy', 'đúng', 'chính xác', 'chính xác rồi'];
const NOT_YET = ['chưa đúng', 'chưa hẳn', 'chưa chính xác', 'sai rồi', 'sai'];

// Latin letters (Vietnamese's included) and combining marks, every one \p{L} or \p{M}. Tried
// first because a /u pattern with \p{L} takes milliseconds to compile on a slow phone (V8
// builds the whole Unicode class), and this runs in the tap that shows the feedback: the
// exact classes are only compiled for text outside these ranges.
const LETTER = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF`;
// eslint-disable-next-line no-misleading-character-class -- the marks are a range of their own
const LATIN_WORD = new RegExp(String.raw`^[${LETTER}\u0300-\u036F]+$`);
const LATIN_LETTER = new RegExp(`^[${LETTER}]$`);
const isWord = (s: string) => LATIN_WORD.test(s) || /^[\p{L}\p{M}]+$/u.test(s);
const isLetter = (c: string) => LATIN_LETTER.test(c) || /^\p{L}$/u.test(c);

/** The words before the first punctuation mark, lower case; '' when there is none. */
function opening(s: string): { words: string; length: number } | null {
	// Up to four runs of anything but spaces and the marks, then the marks; each run must be
	// letters: the same match as [\p{L}\p{M}]+ words would give, without the /u pattern.
	const m = /^\s*([^\s.!?:,;…]+(?:[ \t]+[^\s.!?:,;…]+){0,3})\s*[.!?:,;…]+\s*/.exec(
		s.normalize('NFC')
	);
	if (!m || !m[1].split(/[ \t]+/).every(isWord)) return null;
	return { words: m[1].toLocaleLowerCase('vi').replace(/\s+/g, ' '), length: m[0].length };
}

function senseOf(words: string): 'right' | 'notYet' | null {
	if (NOT_YET.some((w) => words === w || words.startsWith(w + ' '))) return 'notYet';
	if (RIGHT.some((w) => words === w || words.startsWith(w + ' '))) return 'right';
	return null;
}

/**
 * How many characters at the start of `text` only repeat `title`: its own opening words, or a
 * verdict of the same sense ("Đúng." under "Đúng rồi!"). 0 when nothing repeats.
 */
export function repeatLength(title: string, text: string): number {
	const body = opening(text);
	if (!body) return 0;
	const head = opening(title)?.words ?? title.normalize('NFC').toLocaleLowerCase('vi').trim();
	if (body.words === head) return body.length;
	const sense = senseOf(head);
	const list = sense === 'right' ? RIGHT : sense === 'notYet' ? NOT_YET : [];
	return list.includes(body.words) ? body.length : 0;
}

/** The first letter in capitals (after any spaces); unchanged when it starts otherwise. */
const upperFirst = (s: string) =>
	s.replace(/^(\s*)([\uD800-\uDBFF][\uDC00-\uDFFF]|\S)/, (all, space: string, c: string) =>
		isLetter(c) ? space + c.toLocaleUpperCase('vi') : all
	);

/** Plain text without an opening that repeats the title (for announcements). */
export function withoutRepeat(title: string, text: string): string {
	const cut = repeatLength(title, text);
	return cut ? upperFirst(text.normalize('NFC').slice(cut)) : text;
}

/**
 * The same for compiled HTML: the opening is looked for in the first run of text, after any
 * opening tags (`<p>`, `<p><strong>`). A verdict that filled a whole `<strong>` takes the
 * emptied tag with it. Returns '' when nothing but the verdict was there.
 */
export function htmlWithoutRepeat(title: string, html: string): string {
	const m = /^((?:\s*<[^>]+>)*)([^<]*)/.exec(html);
	if (!m) return html;
	const [whole, tags, run] = m;
	const cut = repeatLength(title, run);
	if (!cut) return html;
	let head = tags;
	let rest = run.normalize('NFC').slice(cut);
	let tail = html.slice(whole.length);
	if (!rest.trim()) {
		// "<p><strong>Đúng rồi!</strong> Bạn ..." -> "<p>Bạn ..."
		const inline = /<(strong|em|b|i)>\s*$/.exec(head);
		const close = inline && new RegExp(`^</${inline[1]}>\\s*`).exec(tail);
		if (inline && close) {
			head = head.slice(0, inline.index);
			tail = tail.slice(close[0].length);
		}
		const next = /^([^<]*)/.exec(tail)![1];
		rest = '';
		tail = upperFirst(next) + tail.slice(next.length);
	}
	const out = head + upperFirst(rest) + tail;
	return out.replace(/<[^>]+>/g, '').trim() ? out : '';
}
