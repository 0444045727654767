// A 12-week posting plan for a fanpage admin: one card a week, the bands taking turns and
// no topic twice, one week for parents (the sixth) and, when it falls in the 12 weeks, the
// week before the school year starts (5 September is the usual start in Viet Nam).
import { BANDS, type Band, type Topic } from '$lib/content/vocab';
import { buildCaption, type Audience } from './caption';
import type { ShareCard } from './cards';

export const WEEKS = 12;
export const PARENTS_WEEK = 6;
/** The usual first day of the school year in Viet Nam (month is 1-based). */
export const SCHOOL_START = { month: 9, day: 5 } as const;

export type WeekKind = 'regular' | 'parents' | 'back-to-school';

export interface PlanWeek {
	week: number;
	/** Monday of the week, as YYYY-MM-DD. */
	date: string;
	kind: WeekKind;
	card: ShareCard;
	audience: Audience;
}

const DAY = 86_400_000;
/** Dates as UTC midnights: a plan must not shift by a day with the device's time zone. */
export const parseDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
export const viDate = (iso: string) => iso.split('-').reverse().join('/');

/** The Monday on or after `d`. */
export function nextMonday(d: Date): Date {
	const day = d.getUTCDay();
	return new Date(d.getTime() + ((8 - day) % 7) * DAY);
}

/** The next 5 September on or after `from`. */
export function defaultSchoolStart(from: Date): string {
	const y = from.getUTCFullYear();
	const thisYear = new Date(Date.UTC(y, SCHOOL_START.month - 1, SCHOOL_START.day));
	return isoDate(thisYear.getTime() >= from.getTime() ? thisYear : new Date(Date.UTC(y + 1, 8, 5)));
}

/** Which week (1-12) holds the seven days before the school year, or null if none does. */
export function backToSchoolWeek(start: string, schoolStart: string): number | null {
	const offset = (parseDate(schoolStart).getTime() - 7 * DAY - parseDate(start).getTime()) / DAY;
	const week = Math.floor(offset / 7) + 1;
	return week >= 1 && week <= WEEKS ? week : null;
}

function pick(cards: ShareCard[], used: Set<string>, usedTopics: Set<Topic>, band: Band | null) {
	const pool = cards.filter((c) => !used.has(c.id) && (band === null || c.band === band));
	return (
		pool.find((c) => c.topic && !usedTopics.has(c.topic) && !used.has(`lesson:${c.lessonTitle}`)) ??
		pool.find((c) => !used.has(`lesson:${c.lessonTitle}`)) ??
		pool[0]
	);
}

export function postingPlan(cards: readonly ShareCard[], start: string, schoolStart: string) {
	const lessonCards = cards.filter((c) => c.kind === 'lesson');
	const helpCard = cards.find((c) => c.id === 'tro-giup-111');
	const parentsCard =
		lessonCards.find((c) => c.band === '6-8' && c.topic === 'trusted-adults') ?? lessonCards[0];
	const school = backToSchoolWeek(start, schoolStart);
	const used = new Set<string>();
	const usedTopics = new Set<Topic>();
	const take = (c: ShareCard) => {
		used.add(c.id);
		used.add(`lesson:${c.lessonTitle}`);
		if (c.topic) usedTopics.add(c.topic);
		return c;
	};
	const weeks: PlanWeek[] = [];
	let turn = 0;
	for (let week = 1; week <= WEEKS; week++) {
		const date = isoDate(new Date(parseDate(start).getTime() + (week - 1) * 7 * DAY));
		let kind: WeekKind = 'regular';
		let card: ShareCard | undefined;
		let audience: Audience;
		if (week === school && helpCard) {
			// Before school starts: the hotline card, for parents and pupils alike.
			kind = 'back-to-school';
			card = take(helpCard);
			audience = 'parents';
		} else if (week === PARENTS_WEEK && !used.has(parentsCard.id)) {
			kind = 'parents';
			card = take(parentsCard);
			audience = 'parents';
		} else {
			const band = BANDS[turn++ % BANDS.length];
			card = take(
				pick(lessonCards, used, usedTopics, band) ?? pick(lessonCards, used, usedTopics, null)!
			);
			audience = card.band === '6-8' || card.band === '9-10' ? 'children' : 'teens';
		}
		weeks.push({ week, date, kind, card, audience });
	}
	return weeks;
}

export const KIND_LABEL: Record<WeekKind, string> = {
	regular: '',
	parents: 'Tuần dành cho bố mẹ',
	'back-to-school': 'Tuần trước khi vào năm học'
};

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The plan as CSV for a spreadsheet: UTF-8 with a BOM (Excel reads Vietnamese only then), CRLF. */
export function planCsv(weeks: readonly PlanWeek[]): string {
	const head = [
		'Tuần',
		'Ngày đăng',
		'Loại tuần',
		'Nhóm tuổi',
		'Thẻ',
		'Lời nhắn',
		'Chú thích',
		'Mô tả ảnh (alt)'
	];
	const rows = weeks.map((w) => {
		const caption = buildCaption(w.card, w.audience);
		return [
			String(w.week),
			viDate(w.date),
			KIND_LABEL[w.kind] || 'Tuần thường',
			w.card.band ?? 'Mọi lứa tuổi',
			w.card.id,
			w.card.message.split('\n').join(' / '),
			caption.text,
			caption.alt
		];
	});
	return '\uFEFF' + [head, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
