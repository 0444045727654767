// The training day's short knowledge check (issue 24): the same five questions before and
// after the session. Only counts are kept, on this device: how many people answered in each
// phase and how many right answers they gave in all. No names, no single answer sheets.
// The questions are Vietnamese content like the modules (see kit.ts for why not locale files).
export const QUIZ = [
	{
		key: 'q1',
		q: 'Một em xin thầy cô hứa giữ bí mật trước khi kể. Nên nói gì?',
		a: ['Hứa, để em yên tâm kể.', 'Không hứa, và nói sẽ chỉ kể với người giúp được em.'],
		right: 1
	},
	{
		key: 'q2',
		q: 'Theo Luật Trẻ em, trẻ em là người:',
		a: ['Dưới 16 tuổi.', 'Dưới 18 tuổi.'],
		right: 0
	},
	{
		key: 'q3',
		q: 'Theo khoản 1 Điều 25 Nghị định 56/2017/NĐ-CP, khi biết trẻ có nguy cơ bị xâm hại:',
		a: [
			'Chờ có bằng chứng rõ ràng rồi mới báo.',
			'Báo ngay cho 111, công an hoặc Ủy ban nhân dân cấp xã.'
		],
		right: 1
	},
	{
		key: 'q4',
		q: 'Trẻ kể về một người thân trong nhà. Việc nào không nên làm?',
		a: ['Gọi cho người đó để hỏi cho rõ.', 'Tin trẻ và báo ngay.'],
		right: 0
	},
	{
		key: 'q5',
		q: 'Câu nào mở cửa cho trẻ kể tiếp?',
		a: ['Sao giờ con mới kể?', 'Cảm ơn con đã kể. Đó không phải lỗi của con.'],
		right: 1
	}
] as const;

export const PHASES = ['pre', 'post'] as const;
export type Phase = (typeof PHASES)[number];

export interface Tally {
	people: number;
	right: number;
}
export type Tallies = Record<Phase, Tally>;

export const QUIZ_STORAGE_KEY = 'khien-nho:training-quiz';

export function emptyTallies(): Tallies {
	return { pre: { people: 0, right: 0 }, post: { people: 0, right: 0 } };
}

/** Right answers in one person's sheet (answers by question index; missing = wrong). */
export function score(answers: readonly (number | null)[]): number {
	return QUIZ.reduce((n, q, i) => n + (answers[i] === q.right ? 1 : 0), 0);
}

export function addSheet(t: Tallies, phase: Phase, answers: readonly (number | null)[]): Tallies {
	return { ...t, [phase]: { people: t[phase].people + 1, right: t[phase].right + score(answers) } };
}

/** Average right answers per person, one decimal; null when nobody answered. */
export function average(t: Tally): number | null {
	return t.people ? Math.round((t.right / t.people) * 10) / 10 : null;
}

const isTally = (x: unknown): x is Tally =>
	!!x &&
	typeof x === 'object' &&
	Number.isInteger((x as Tally).people) &&
	Number.isInteger((x as Tally).right) &&
	(x as Tally).people >= 0 &&
	(x as Tally).right >= 0 &&
	(x as Tally).right <= (x as Tally).people * QUIZ.length;

/** Stored counts, or zeros when nothing (or something broken) is stored. */
export function parseTallies(raw: string | null): Tallies {
	try {
		const v = JSON.parse(raw ?? 'null') as Partial<Tallies> | null;
		if (v && isTally(v.pre) && isTally(v.post)) return { pre: v.pre, post: v.post };
	} catch {
		// A broken value reads as no counts; the next sheet overwrites it.
	}
	return emptyTallies();
}
