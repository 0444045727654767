// @vitest-environment node
import { describe, expect, it } from 'vitest';
import help from '$lib/i18n/locales/vi/help.json';
import { loadContent } from '$lib/content/load';
import { HOTLINES } from '$lib/facts';
import { buildCards, curlyQuotes, HOTLINE_LINE, longestCard } from './cards';
import { fitText, type Measure } from './layout';
import { cardFrame, CARD_SIZE_IDS } from './sizes';

const course = loadContent({ root: process.cwd() });
const cards = buildCards(course.lessons, help);
// A generous fake: wider than the real font, so a pass here leaves room on the canvas.
const measure: Measure = (text, size) => text.length * size * 0.56;

describe('buildCards', () => {
	it('makes one card for each key message of every lesson', () => {
		const messages = course.lessons.flatMap((l) => l.keyMessages.map(curlyQuotes));
		expect(messages.some((m) => m.includes('“Không”'))).toBe(true);
		const lessonCards = cards.filter((c) => c.kind === 'lesson');
		expect(lessonCards.map((c) => c.message)).toEqual(messages);
		expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
		expect(course.lessons.length).toBeGreaterThanOrEqual(28);
	});

	it('adds the help cards from the help page and facts.ts only', () => {
		const sext = cards.find((c) => c.id === 'tro-giup-doa-tung-anh')!;
		expect(sext.message.split('\n')).toEqual(help.sextortion.steps);
		expect(sext.heading).toBe(help.sextortion.title);
		const c111 = cards.find((c) => c.id === 'tro-giup-111')!;
		expect(c111.message).toBe(help.lead);
		expect(HOTLINE_LINE).toBe(`Gọi ${HOTLINES.childProtection.number} · Miễn phí · 24/7`);
	});

	it('speaks to young children as "em" and to teens as "bạn"', () => {
		expect(cards.find((c) => c.band === '6-8')!.action).toMatch(/\bem\b/);
		expect(cards.find((c) => c.band === '15-17')!.action).toMatch(/\bbạn\b/);
	});

	it('fits every card in every size, the longest message included', () => {
		const longest = longestCard(cards);
		expect(longest.message.length).toBe(
			Math.max(...course.lessons.flatMap((l) => l.keyMessages.map((m) => m.length)))
		);
		for (const size of CARD_SIZE_IDS) {
			for (const card of cards) {
				const f = cardFrame(size, card.list);
				const fit = fitText(card.message, f.boxes.message, f.fonts.message, measure);
				expect(fit.fits, `${size} ${card.id}`).toBe(true);
				if (card.action)
					expect(fitText(card.action, f.boxes.action, f.fonts.action, measure).fits).toBe(true);
				expect(fitText(card.heading, f.boxes.heading, f.fonts.heading, measure).fits).toBe(true);
			}
		}
	});
});
