// The question of the adult gate: a sum of two two-digit numbers written in words
// ("ba mươi bảy cộng hai mươi lăm"). Typing the result in digits and then holding a button
// is quick for an adult and not something a young child gets through by tapping, while
// nothing has to be remembered (no password to forget). As Khan Academy Kids' parents'
// gate does, it keeps little ones out of adult corners; it is not security, and an older
// child who reads and adds well can pass it.

export type GateLanguage = 'vi' | 'en';

export interface Challenge {
	a: number;
	b: number;
}

/** Operands are drawn from these ranges: results from 24 to 88, often with a carry. */
export const RANGE_A = [12, 49] as const;
export const RANGE_B = [12, 39] as const;

const VI_UNITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const EN_ONES = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];
const EN_TENS = [
	'',
	'',
	'twenty',
	'thirty',
	'forty',
	'fifty',
	'sixty',
	'seventy',
	'eighty',
	'ninety'
];

/** 0 to 99 in Vietnamese words, as a person says them: 21 "hai mươi mốt", 25 "hai mươi lăm". */
export function viNumber(n: number): string {
	if (!Number.isInteger(n) || n < 0 || n > 99) throw new RangeError(`${n}`);
	if (n < 10) return VI_UNITS[n];
	const tens = Math.floor(n / 10);
	const unit = n % 10;
	const head = tens === 1 ? 'mười' : `${VI_UNITS[tens]} mươi`;
	if (unit === 0) return head;
	const tail = unit === 5 ? 'lăm' : unit === 1 && tens > 1 ? 'mốt' : VI_UNITS[unit];
	return `${head} ${tail}`;
}

export function enNumber(n: number): string {
	if (!Number.isInteger(n) || n < 0 || n > 99) throw new RangeError(`${n}`);
	if (n < 20) return EN_ONES[n];
	const unit = n % 10;
	return unit ? `${EN_TENS[Math.floor(n / 10)]}-${EN_ONES[unit]}` : EN_TENS[n / 10];
}

const between = (rand: () => number, [lo, hi]: readonly [number, number]) =>
	lo + Math.floor(rand() * (hi - lo + 1));

/** A new sum, never the same as `not` (the one just answered wrongly). */
export function makeChallenge(rand: () => number = Math.random, not?: Challenge): Challenge {
	for (;;) {
		const c = { a: between(rand, RANGE_A), b: between(rand, RANGE_B) };
		if (!not || c.a !== not.a || c.b !== not.b) return c;
	}
}

/** The sum in words, e.g. "ba mươi bảy cộng hai mươi lăm" or "thirty-seven plus twenty-five". */
export function sumInWords(c: Challenge, lang: GateLanguage): string {
	return lang === 'vi'
		? `${viNumber(c.a)} cộng ${viNumber(c.b)}`
		: `${enNumber(c.a)} plus ${enNumber(c.b)}`;
}

/** Whether the typed answer is the sum, written in digits (spaces around it are fine). */
export function checkAnswer(c: Challenge, typed: string): boolean {
	const digits = typed.trim();
	return /^\d{1,3}$/.test(digits) && Number(digits) === c.a + c.b;
}
