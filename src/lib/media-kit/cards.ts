// Which words go on each share card. Lesson cards say one key message of one lesson (the
// lessons' own `keyMessages`); help cards say what the help page says about 111 and about
// threats to share pictures, with the numbers from facts.ts only. Everything on a card is
// Vietnamese: the fanpage is, whatever language the adult reads the app in.
import { HOTLINES } from '$lib/facts';
import type { Band, Topic } from '$lib/content/vocab';

export interface LessonSource {
	id: string;
	band: Band;
	slug: string;
	title: string;
	topics: readonly Topic[];
	keyMessages: readonly string[];
}

/** The help page's words (the `help` locale, Vietnamese) the help cards are made of. */
export interface HelpSource {
	lead: string;
	call111Note: string;
	sextortion: { title: string; steps: readonly string[] };
}

export interface ShareCard {
	id: string;
	kind: 'lesson' | 'help';
	band: Band | null;
	topic: Topic | null;
	lessonTitle: string | null;
	/** The small line on top. */
	heading: string;
	/** The big words; one item per line when `list`. */
	message: string;
	list: boolean;
	/** What to do, under the message; empty on a list card, whose steps say it. */
	action: string;
}

const help = HOTLINES.childProtection;

/** The 111 line at the foot of every card. */
export const HOTLINE_LINE = `Gọi ${help.number} · Miễn phí · ${help.hours}`;

const BAND_HEADING: Record<Band, string> = {
	'6-8': 'Cho em từ 6 đến 8 tuổi',
	'9-10': 'Cho em từ 9 đến 10 tuổi',
	'11-14': 'Cho bạn từ 11 đến 14 tuổi',
	'15-17': 'Cho bạn từ 15 đến 17 tuổi'
};

// Younger children are "em" and told to tell an adult first; teens are "bạn".
const BAND_ACTION: Record<Band, string> = {
	'6-8': `Có chuyện làm em lo? Kể ngay với người lớn em tin, hoặc gọi ${help.number}.`,
	'9-10': `Thấy lạ hay sợ? Kể với người lớn em tin, hoặc tự gọi ${help.number}.`,
	'11-14': `Thấy không ổn? Dừng lại, kể với người lớn bạn tin, hoặc gọi ${help.number}.`,
	'15-17': `Bạn không có lỗi và không một mình: kể với người bạn tin, hoặc gọi ${help.number}.`
};

export const bandHeading = (band: Band) => BAND_HEADING[band];

/** Straight double quotes as typographic pairs (“Không”): on a big card the difference shows. */
export const curlyQuotes = (text: string) => text.replace(/"([^"]*)"/g, '“$1”');
export const bandAction = (band: Band) => BAND_ACTION[band];

/** One card per key message of every lesson, in course order, then the help cards. */
export function buildCards(lessons: readonly LessonSource[], helpText: HelpSource): ShareCard[] {
	const fromLessons = lessons.flatMap((l) =>
		l.keyMessages.map((message, i): ShareCard => ({
			id: `${l.band}-${l.slug}-${i + 1}`,
			kind: 'lesson',
			band: l.band,
			topic: l.topics[0] ?? null,
			lessonTitle: l.title,
			heading: `${BAND_HEADING[l.band]} · ${l.title}`,
			message: curlyQuotes(message),
			list: false,
			action: BAND_ACTION[l.band]
		}))
	);
	return [...fromLessons, ...helpCards(helpText)];
}

function helpCards(h: HelpSource): ShareCard[] {
	return [
		{
			id: 'tro-giup-111',
			kind: 'help',
			band: null,
			topic: 'trusted-adults',
			lessonTitle: null,
			heading: `Tổng đài ${help.number}`,
			message: h.lead,
			list: false,
			action: h.call111Note
		},
		{
			id: 'tro-giup-doa-tung-anh',
			kind: 'help',
			band: null,
			topic: 'sextortion',
			lessonTitle: null,
			heading: h.sextortion.title,
			message: h.sextortion.steps.join('\n'),
			list: true,
			// The last step already says what to do; the 111 band sits below.
			action: ''
		}
	];
}

/** The card whose words take the most room: the one a layout test must hold. */
export function longestCard(cards: readonly ShareCard[]): ShareCard {
	return cards
		.filter((c) => c.kind === 'lesson')
		.reduce((a, b) => (b.message.length > a.message.length ? b : a));
}
