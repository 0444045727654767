// @vitest-environment node
// Issue 26 (second edition), the primary bands' new lessons: a known person who asks for a
// bad secret or a touch game (6-8/08), a known adult who grooms on Zalo (9-10/08), and voice
// chat in games with adult content sent to a child (9-10/09). What each promises is pinned
// here: the band sizes, a chat in every new lesson, words a young reader can follow, the
// known-person message, and help at every unsafe ending.
import { describe, expect, it } from 'vitest';
import { loadContent } from './load';
import type { Lesson } from './types';
import { FACTS_SECONDARY, HOTLINES } from '../facts';

const set = loadContent({ root: process.cwd() });
const byId = (id: string) => set.lessons.find((l) => l.id === id);

const NEW = {
	'6-8': ['b68-nguoi-quen-cung-phai-giu-quy-tac'],
	'9-10': ['b910-khi-nguoi-quen-nhan-tin-rieng', 'b910-giong-noi-la-va-phim-anh-nguoi-lon']
} as const;
const NEW_IDS: string[] = [...NEW['6-8'], ...NEW['9-10']];

/** Text keys the learner never reads: ids, links between chat nodes, compiled HTML twins. */
const NOT_READ = new Set(['html', 'id', 'type', 'platform', 'next', 'start', 'goto', 'from', 'bin', 'line', 'src', 'contact', 'mine']);

function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => (NOT_READ.has(k) ? [] : strings(v)));
	return [];
}

/** Sentences: split at line ends and after . ! ? (a list item or an option is one sentence). */
export function sentences(texts: string[]): string[] {
	return texts
		.flatMap((t) => t.replace(/\*\*/g, '').split(/\n+/))
		.map((t) => t.replace(/^\s*(?:[-*]|\d+\.)\s+/, ''))
		.flatMap((t) => t.split(/(?<=[.!?]["”]?)\s+/))
		.map((t) => t.trim())
		.filter((t) => /[\p{L}\d]/u.test(t));
}

/** Vietnamese is written one syllable (tiếng) per word: count the words that hold a letter or digit. */
export function syllables(sentence: string): number {
	return sentence.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
}

/** What the learner reads or hears: title, summary, key messages and every screen. */
function childFacing(l: Lesson): string[] {
	return [l.title, l.summary, ...l.keyMessages, ...l.screens.flatMap((s) => strings(s))];
}

/** The longest sentences over a limit, so a failure names them. */
function tooLong(texts: string[], max: number): string[] {
	return sentences(texts).filter((s) => syllables(s) > max);
}

describe('issue 26: the primary bands grow', () => {
	it('6-8 has at least 8 lessons and 9-10 at least 9', () => {
		const count = (band: string) => set.lessons.filter((l) => l.band === band).length;
		expect(count('6-8')).toBeGreaterThanOrEqual(8);
		expect(count('9-10')).toBeGreaterThanOrEqual(9);
	});

	it('the new lessons are where their order says, as version 1', () => {
		expect(byId(NEW['6-8'][0])).toMatchObject({ band: '6-8', order: 8, version: 1 });
		expect(byId(NEW['9-10'][0])).toMatchObject({ band: '9-10', order: 8, version: 1 });
		expect(byId(NEW['9-10'][1])).toMatchObject({ band: '9-10', order: 9, version: 1 });
	});
});

describe.each(NEW_IDS)('%s', (id) => {
	const lesson = byId(id)!;

	it('exists and has 4-5 activities, at least one of them a chat', () => {
		expect(lesson, id).toBeDefined();
		const activities = lesson.screens.flatMap((s) => (s.kind === 'activity' ? [s.activity] : []));
		expect(activities.length).toBeGreaterThanOrEqual(4);
		expect(activities.length).toBeLessThanOrEqual(5);
		expect(activities.some((a) => a.type === 'chat')).toBe(true);
	});

	it('says the person may be someone the child knows, and where to go if they are close', () => {
		const text = childFacing(lesson).join('\n');
		expect(text).toMatch(/người quen|người em (biết|quen)/i);
		expect(text).toMatch(/người trong nhà|ở trong bàn tay|ngón (tay )?khác|người lớn khác/i);
	});

	it('ends every unsafe chat path in: not your fault, someone to tell, 111', () => {
		for (const s of lesson.screens) {
			if (s.kind !== 'activity' || s.activity.type !== 'chat') continue;
			for (const node of Object.values(s.activity.nodes)) {
				if (!node.end || node.end.safe) continue;
				const t = node.end.feedback.text;
				expect(t, node.id).toMatch(/không có lỗi|không phải (là )?lỗi/);
				expect(t, node.id).toMatch(/kể/);
				expect(t, node.id).toContain(HOTLINES.childProtection.number);
			}
		}
	});

	it('gives its plan the family caveat and the duty to report', () => {
		const plan = lesson.facilitator.text;
		const duty = FACTS_SECONDARY.reportingDuty;
		expect(plan).toMatch(/111[^.]{0,160}trước khi[^.]{0,40}báo[^.]{0,20}gia đình/);
		expect(plan).toContain(`Điều ${duty.article} Nghị định ${duty.decree}`);
	});
});

describe('words a young reader can follow', () => {
	it('6-8/08: every sentence a child reads or hears is at most 14 syllables', () => {
		expect(tooLong(childFacing(byId(NEW['6-8'][0])!), 14)).toEqual([]);
	});

	it('9-10/08 and 9-10/09: summaries and every sentence at most 20 syllables', () => {
		for (const id of NEW['9-10']) {
			const l = byId(id)!;
			expect(syllables(l.summary), id).toBeLessThanOrEqual(20);
			expect(tooLong(childFacing(l), 20), id).toEqual([]);
		}
	});

	it('the counter catches a long sentence and splits where a reader stops', () => {
		expect(syllables('Em nói "Không!" và kể với một người lớn em tin.')).toBe(11);
		expect(sentences(['- Một câu. Hai câu!\n3. Ba câu?'])).toEqual(['Một câu.', 'Hai câu!', 'Ba câu?']);
		const long = 'Nếu có ai đó mà em quen biết từ lâu rủ em chơi một trò chơi làm em thấy sợ thì em hãy kể ngay.';
		expect(tooLong([long], 14)).toEqual([long]);
	});
});
