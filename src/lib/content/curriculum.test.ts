// @vitest-environment node
// The curriculum's promises (issues "Curriculum for primary/secondary school" and issue 26,
// "Content, second edition"): enough lessons per band, every required topic, the activity
// mix each band needs, and the safety rules every lesson, guide and help text keeps.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from './load';
import type { Lesson } from './types';
import type { Band, Topic, ActivityType } from './vocab';
import { FACTS_SECONDARY, HOTLINES, LAWS } from '../facts';
import { addressesAsEm } from '../lesson/voice';

const set = loadContent({ root: process.cwd() });

const REQUIRED: Record<Band, { topics: Topic[]; min: Partial<Record<ActivityType, number>> }> = {
	'6-8': {
		topics: ['body-safety', 'secrets', 'trusted-adults', 'personal-info', 'strangers', 'image-requests', 'reporting', 'kindness'],
		min: { chat: 2, redflag: 2, sort: 2 }
	},
	'9-10': {
		topics: ['games', 'online-friends', 'personal-info', 'passwords', 'image-requests', 'grooming', 'reporting', 'trusted-adults', 'kindness', 'cyberbullying', 'helping-friends'],
		min: { chat: 2, redflag: 2, sort: 2 }
	},
	'11-14': {
		topics: ['kindness', 'personal-info', 'digital-footprint', 'privacy-settings', 'strangers', 'grooming', 'image-requests', 'sextortion', 'reporting', 'helping-friends', 'trusted-adults'],
		min: { chat: 2, redflag: 2, settings: 2, sort: 2 }
	},
	'15-17': {
		topics: ['sextortion', 'image-requests', 'law', 'consent', 'digital-footprint', 'privacy-settings', 'reporting', 'scams', 'helping-friends', 'trusted-adults'],
		min: { chat: 2, redflag: 2, settings: 2, sort: 2 }
	}
};

describe('curriculum', () => {
	it('builds without errors', () => {
		expect(set.errors).toEqual([]);
	});

	describe.each(Object.entries(REQUIRED) as [Band, (typeof REQUIRED)[Band]][])('band %s', (band, req) => {
		const lessons = set.lessons.filter((l) => l.band === band);
		// Issue 26: every band has at least 8 lessons (34 or more in all).
		it('has at least 8 lessons', () => {
			expect(lessons.length).toBeGreaterThanOrEqual(8);
		});
		it('covers every required topic', () => {
			const topics = new Set(lessons.flatMap((l) => l.topics));
			expect(req.topics.filter((t) => !topics.has(t))).toEqual([]);
		});
		it('has the activity mix', () => {
			const counts: Partial<Record<ActivityType, number>> = {};
			for (const l of lessons)
				for (const [type, n] of Object.entries(l.activityCounts))
					counts[type as ActivityType] = (counts[type as ActivityType] ?? 0) + n;
			for (const [type, min] of Object.entries(req.min))
				expect(counts[type as ActivityType] ?? 0, type).toBeGreaterThanOrEqual(min);
		});
		it('gives every lesson 4-8 steps, at least 4 activities, 2-3 key messages and parents note', () => {
			for (const l of lessons) {
				const activities = l.screens.filter((s) => s.kind === 'activity').length;
				expect(l.stepCount, l.path).toBeGreaterThanOrEqual(4);
				expect(l.stepCount, l.path).toBeLessThanOrEqual(8);
				expect(activities, l.path).toBeGreaterThanOrEqual(4);
				expect(l.keyMessages.length, l.path).toBeGreaterThanOrEqual(2);
				expect(l.parents?.text.length ?? 0, l.path).toBeGreaterThan(50);
				expect(l.discuss.length, l.path).toBeGreaterThan(0);
			}
		});
		it('plans every group session with a disclosure protocol', () => {
			for (const l of lessons) {
				expect(l.facilitator.text, l.path).toMatch(/111/);
				expect(l.facilitator.html, l.path).toMatch(/<h3>Nếu một em kể chuyện đã xảy ra với mình<\/h3>/);
			}
		});
		it('gives every plan the one disclosure protocol, with the family caveat', () => {
			for (const l of lessons) expect(disclosureProblems(disclosureSection(l)), l.path).toEqual([]);
		});
		it('leads every lesson to help: not your fault, a trusted adult, 111', () => {
			for (const l of lessons) {
				const all = JSON.stringify(l.screens);
				expect(all, l.path).toMatch(/111/);
			}
		});
	});

	it('states no phone number other than the checked hotlines', () => {
		const text = JSON.stringify(set.lessons) + JSON.stringify(set.guides);
		const numbers = new Set([...text.matchAll(/(?:gọi|số|tổng đài)\s+(\d{3,})(?![\d/.])/gi)].map((m) => m[1]));
		for (const n of numbers) expect(['111', '113', '114', '115']).toContain(n);
	});

	it('cites only the Penal Code articles in the checked facts', () => {
		const text = JSON.stringify(set.lessons) + JSON.stringify(set.guides);
		const cited = [...text.matchAll(/Điều\s+(\d+)[^\n]{0,40}?(Bộ luật Hình sự|BLHS)/g)].map((m) => Number(m[1]));
		// The allowed list follows facts.ts: the under-16 crimes and the under-18 ones (141, 143).
		const allowed = [...LAWS.penalCode.articles, ...FACTS_SECONDARY.penalCodeUnder18].map((a) => a.article);
		expect(allowed).toEqual([142, 144, 145, 146, 147, 141, 143]);
		for (const a of cited) expect(allowed).toContain(a);
		expect(text).not.toMatch(/Điều 170/);
	});
});

// --- Issue 26: the safety rules, each as a pure check (so it can be shown to fail) ---

/** Every string a value holds, without the compiled HTML twin of each Markdown text. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => (k === 'html' ? [] : strings(v)));
	return [];
}

/** One line of text per paragraph or list item, Markdown emphasis removed. */
function lines(texts: string[]): string[] {
	return texts.flatMap((t) => t.replace(/\*\*/g, '').split(/\n+/)).filter((t) => t.trim());
}

function sentences(texts: string[]): string[] {
	return lines(texts).flatMap((t) => t.split(/(?<=[.!?])\s+/));
}

/** What the learner reads or hears: title, summary, key messages and every screen. */
function childFacing(l: Lesson): string[][] {
	return [[l.title, l.summary, ...l.keyMessages], ...l.screens.map((s) => strings(s))];
}

/** The plan's "Nếu một em kể chuyện đã xảy ra với mình" section, as plain text. */
function disclosureSection(l: Lesson): string {
	const html = l.facilitator.html;
	const start = html.indexOf('<h3>Nếu một em kể chuyện đã xảy ra với mình</h3>');
	if (start < 0) return '';
	const end = html.indexOf('<h3>', start + 4);
	return html
		.slice(start, end < 0 ? undefined : end)
		.replace(/<[^>]+>/g, ' ')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');
}

const DUTY = FACTS_SECONDARY.reportingDuty;

/** The parts of the standard protocol (review row 3, issue 26 item 1) a section is missing. */
function disclosureProblems(section: string): string[] {
	const need: [string, RegExp][] = [
		['believe the child', /tin (em|con)\b/i],
		['no promise of secrecy', /Không hứa (sẽ )?giữ bí mật/i],
		['no leading questions', /không hỏi gợi ý/i],
		['note the words', /Ghi (lại )?(thật )?ngắn/i],
		['may be someone at home', /người trong (nhà|gia đình)/i],
		// The family caveat: ask 111 (and the responsible adult) before telling the family.
		['family caveat', /111[^.]{0,160}trước khi[^.]{0,40}(báo|nói)[^.]{0,20}gia đình/i],
		['same-day report', /(Ngay )?trong ngày/i],
		[
			`Decree ${DUTY.decree} Art. ${DUTY.article}`,
			new RegExp(`(Điều ${DUTY.article}[^.]{0,10}Nghị định ${DUTY.decree}|Nghị định ${DUTY.decree}, Điều ${DUTY.article})`)
		],
		['111', /\b111\b/]
	];
	return need.filter(([, re]) => !re.test(section)).map(([name]) => name);
}

/**
 * The teen crisis line (issue 26 item 3, review row 5): one paragraph, in the learner's own
 * voice ("bạn", never "em"), that says what to do when it feels too much or they think of
 * hurting themselves: tell someone now, 111 (free counselling), 115 in an emergency.
 */
function crisisLines(texts: string[]): string[] {
	return lines(texts).filter(
		(p) =>
			/(làm hại bản thân|tự làm hại)/i.test(p) &&
			/(quá sức|nặng nề|bế tắc)/i.test(p) &&
			/(nói|kể) (ngay|với một người)/i.test(p) &&
			new RegExp(`\\b${HOTLINES.childProtection.number}\\b`).test(p) &&
			new RegExp(`\\b${HOTLINES.ambulance.number}\\b`).test(p) &&
			/\bbạn\b/i.test(p) &&
			addressesAsEm(p).length === 0
	);
}

/** A promise that callers to 111 need not give a name (CHECK in the facts: never promised). */
function anonymityPromises(texts: string[]): string[] {
	return sentences(texts).filter(
		(s) =>
			/(111|tổng đài|người nghe máy|hotline|the person who answers)/i.test(s) &&
			/((không cần|không phải|không bắt buộc|chẳng cần) (nói|cho biết|khai|xưng|để lại) (tên|danh tính)|giấu tên|ẩn danh|nặc danh|anonym|(don't|do not|doesn't|never) (have|need) to (give|say|tell)[^.]{0,20}name|without (giving|saying) (your|a) name)/i.test(s)
	);
}

/** Messenger's vanish mode is gone (facts): a text may only name it to say so. */
function vanishModeMentions(texts: string[]): string[] {
	return sentences(texts).filter(
		(s) => /(chế độ biến mất|vanish)/i.test(s) && !/(không còn|đã bỏ|đã ngừng|no longer|not supported|is gone)/i.test(s)
	);
}

/**
 * A promise to a child that adults will not scold (review row 10), in a text (a screen, a
 * help string) that does not also say: if an adult scolds, it is still not your fault.
 */
function scoldingPromises(texts: string[]): string[] {
	const all = texts.join('\n');
	const promise = /(sẽ không|không bị|không ai|chẳng ai|không hề bị)\s+(mắng|trách|la|phạt)(?![\p{L}\p{M}])/iu;
	const followUp = /(lỡ|có|nếu|dù)[^.!?]{0,40}(mắng|trách|la)(?![\p{L}\p{M}])[^.!?]{0,60}[.,:;]?[^.!?]{0,60}(không (có )?lỗi|không phải (là )?lỗi)/iu;
	return promise.test(all) && !followUp.test(all) ? [all.slice(0, 160)] : [];
}

/** Take It Down is never said to remove AI-made or edited images (CHECK in the facts). */
function takeItDownAiClaims(texts: string[]): string[] {
	return sentences(texts).filter(
		(s) =>
			/Take It Down/.test(s) &&
			(/\bAI\b/.test(s) || /(ghép|deepfake|lột đồ|ảnh giả|chỉnh sửa)/i.test(s)) &&
			!/\bkhông\b/i.test(s)
	);
}

/** Every locale string, per language: adults and children both read the help page. */
function localeStrings(lang?: string): string[] {
	const root = join(process.cwd(), 'src/lib/i18n/locales');
	return readdirSync(root)
		.filter((l) => !lang || l === lang)
		.flatMap((l) =>
			readdirSync(join(root, l))
				.filter((f) => f.endsWith('.json'))
				.flatMap((f) => strings(JSON.parse(readFileSync(join(root, l, f), 'utf8'))))
		);
}

const TEEN: Band[] = ['11-14', '15-17'];
/**
 * The sextortion lessons of 11-17, found by their topic; this list only keeps a lesson from
 * leaving the check by losing its tag. (9-10/05 also carries the topic: its words are for
 * 9-10-year-olds and it is out of this rule, which issue 26 sets for teens.)
 */
const SEXTORTION_TEEN_IDS = [
	'b1114-bi-doa-tung-anh',
	'b1114-qua-livestream-va-loi-de-nghi-doi-anh',
	'b1517-bi-doa-tung-anh',
	'b1517-bang-chung-va-bao-cao',
	'b1517-anh-bi-chinh-sua-va-anh-ai',
	'b1517-khi-nguoi-cu-chia-se-anh-rieng-tu'
];
const sextortionTeen = set.lessons.filter((l) => TEEN.includes(l.band) && l.topics.includes('sextortion'));
const everyText = [
	...set.lessons.map((l) => strings([l, l.facilitator.text, l.parents?.text ?? ''])),
	...set.guides.map((g) => strings(g))
];

describe('issue 26: safety rules', () => {
	it('finds the teen sextortion lessons by their topic', () => {
		expect(sextortionTeen.map((l) => l.id)).toEqual(expect.arrayContaining(SEXTORTION_TEEN_IDS));
	});

	it.each(sextortionTeen.map((l) => [l.path, l] as const))('%s tells a teen in crisis what to do, in their voice', (_, l) => {
		// What the line promises (free counselling at 111, also in a crisis) is in the facts.
		expect(HOTLINES.childProtection).toMatchObject({ free: true, crisisSupport: true });
		expect(crisisLines(l.screens.flatMap((s) => strings(s)))).not.toEqual([]);
	});

	it('never promises that callers to 111 need not give a name', () => {
		for (const t of everyText) expect(anonymityPromises(t)).toEqual([]);
		expect(anonymityPromises(localeStrings())).toEqual([]);
	});

	it("never sends anyone to Messenger's vanish mode, which is gone", () => {
		expect(FACTS_SECONDARY.platforms.messenger.vanishModeSupported).toBe(false);
		for (const t of everyText) expect(vanishModeMentions(t)).toEqual([]);
		expect(vanishModeMentions(localeStrings())).toEqual([]);
	});

	it('never promises a child that adults will not scold, without the follow-up line', () => {
		for (const l of set.lessons) for (const unit of childFacing(l)) expect(scoldingPromises(unit), l.path).toEqual([]);
		for (const s of localeStrings('vi')) expect(scoldingPromises([s])).toEqual([]);
	});

	it('never says Take It Down removes AI-made or edited images', () => {
		for (const t of everyText) expect(takeItDownAiClaims(t)).toEqual([]);
		expect(takeItDownAiClaims(localeStrings())).toEqual([]);
	});
});

// Each rule above run against a deliberately broken copy: a check that cannot fail proves nothing.
describe('issue 26: the rules catch what they are for', () => {
	const real = set.lessons.find((l) => l.id === 'b1517-bi-doa-tung-anh')!;
	const screens = real.screens.flatMap((s) => strings(s));
	const section = disclosureSection(real);

	it('a plan without the family caveat, the secrecy rule or Decree 56 Art. 25 is caught', () => {
		expect(disclosureProblems(section)).toEqual([]);
		expect(disclosureProblems(section.replace(/trước khi/g, 'sau khi'))).toEqual(['family caveat']);
		expect(disclosureProblems(section.replace(/Không hứa giữ bí mật/g, 'Hứa giữ bí mật'))).toEqual([
			'no promise of secrecy'
		]);
		expect(disclosureProblems(section.replace(/Điều 25/g, 'Điều 22'))).toEqual([
			`Decree ${DUTY.decree} Art. ${DUTY.article}`
		]);
		expect(disclosureProblems('')).toHaveLength(9);
	});

	it('a sextortion lesson without 115, without the self-harm sentence, or saying "em" is caught', () => {
		expect(crisisLines(screens)).not.toEqual([]);
		expect(crisisLines(screens.map((t) => t.replace(/115/g, '113')))).toEqual([]);
		expect(crisisLines(screens.map((t) => t.replace(/làm hại bản thân/g, 'bỏ cuộc')))).toEqual([]);
		expect(crisisLines(screens.map((t) => t.replace(/\bbạn\b/g, 'em')))).toEqual([]);
	});

	it('an anonymity promise is caught, the child choosing not to say a name is not', () => {
		expect(anonymityPromises(['Gọi 111, em không cần nói tên.'])).not.toEqual([]);
		expect(anonymityPromises(['Tổng đài 111 giữ bí mật, bạn có thể ẩn danh.'])).not.toEqual([]);
		expect(anonymityPromises(["Call 111: you don't have to give your name."])).not.toEqual([]);
		expect(anonymityPromises(['Nếu em chưa muốn nói tên, em có thể nói với người nghe máy 111 như vậy.'])).toEqual([]);
	});

	it('vanish mode is caught unless the sentence says it is gone', () => {
		expect(vanishModeMentions(['Khoa rủ bật chế độ biến mất trên Messenger.'])).not.toEqual([]);
		expect(vanishModeMentions(['Turn on vanish mode first.'])).not.toEqual([]);
		expect(vanishModeMentions(['Messenger không còn "chế độ biến mất" cũ.'])).toEqual([]);
	});

	it('"sẽ không mắng" to a child is caught unless the same text says a scolding is still not their fault', () => {
		expect(scoldingPromises(['Kể với mẹ đi. Mẹ sẽ không mắng em đâu.'])).not.toEqual([]);
		expect(scoldingPromises(['Em sẽ không bị mắng vì đã kể.'])).not.toEqual([]);
		expect(scoldingPromises(['Nói với mẹ nhé, con không bị la đâu.'])).not.toEqual([]);
		expect(
			scoldingPromises(['Mẹ sẽ không mắng em. Nếu người lớn có mắng, đó vẫn không phải lỗi của em.'])
		).toEqual([]);
		expect(scoldingPromises(['Em không làm gì sai. Hãy kể với cô giáo.'])).toEqual([]);
	});

	it('a Take It Down promise for AI images is caught', () => {
		expect(takeItDownAiClaims(['Take It Down gỡ được cả ảnh do AI tạo ra.'])).not.toEqual([]);
		expect(takeItDownAiClaims(['Take It Down giúp gỡ ảnh chụp khi bạn dưới 18 tuổi.'])).toEqual([]);
	});
});
