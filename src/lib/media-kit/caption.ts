// The post text that goes with a card: an opening line, the card's message, what to do,
// 111, the app's own hashtags, and the picture described twice: a short alt text (Facebook's
// "alternative text" field, at most 100 characters) and a longer description in the caption
// itself, for readers whose screen reader does not reach the alt field.
import { HOTLINES } from '$lib/facts';
import type { ShareCard } from './cards';

export const HASHTAGS = ['#KhienNho', '#AnToanTrenMang'] as const;
export const ALT_MAX = 100;
export const APP_NAME = 'Khiên Nhỏ';

export type Audience = 'children' | 'teens' | 'parents';

export interface Caption {
	text: string;
	alt: string;
	description: string;
}

const help = HOTLINES.childProtection;

const OPENING: Record<Audience, string> = {
	children: 'Một điều nhỏ bố mẹ và thầy cô có thể cùng các em nhớ hôm nay:',
	teens: 'Gửi các bạn tuổi teen, một điều đáng nhớ khi lên mạng:',
	parents: 'Gửi bố mẹ: con sẽ dễ kể hơn khi biết mình được lắng nghe.'
};

export function audienceOf(card: ShareCard): Audience {
	if (card.band === '6-8' || card.band === '9-10') return 'children';
	return 'teens';
}

/** The message as one line: list items joined, for the alt text and the description. */
const oneLine = (card: ShareCard) => card.message.split('\n').join(' ');

/** At most `max` characters, cut at a word and marked "…" when it had to be cut. */
export function clip(text: string, max: number): string {
	if (text.length <= max) return text;
	const room = text.slice(0, max - 1);
	const cut = room.lastIndexOf(' ');
	return `${(cut > max / 2 ? room.slice(0, cut) : room).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** "Thẻ Khiên Nhỏ: <message> Gọi 111." within 100 characters; the 111 is never cut. */
export function altText(card: ShareCard): string {
	const head = `Thẻ ${APP_NAME}: `;
	const tail = ` Gọi ${help.number}.`;
	const body = clip(oneLine(card), ALT_MAX - head.length - tail.length);
	return `${head}${body}${tail}`;
}

export function description(card: ShareCard): string {
	const message = card.list
		? card.message
				.split('\n')
				.map((s, i) => `${i + 1}. ${s}`)
				.join(' ')
		: `“${card.message}”`;
	return (
		`[Mô tả ảnh: Thẻ màu xanh ngọc của ${APP_NAME}. Dòng nhỏ phía trên: “${card.heading}”. ` +
		`Chữ lớn ở giữa: ${message} ` +
		(card.action ? `Bên dưới: “${card.action}”. ` : '') +
		`Dải cuối thẻ: “Gọi ${help.number} · Miễn phí · ${help.hours}” và tên ${APP_NAME}.]`
	);
}

export function buildCaption(card: ShareCard, audience: Audience = audienceOf(card)): Caption {
	const message = card.list
		? card.message
				.split('\n')
				.map((s) => `✔ ${s}`)
				.join('\n')
		: card.message;
	const alt = altText(card);
	const desc = description(card);
	const text = [
		OPENING[audience],
		message,
		...(card.action ? [card.action] : []),
		`📞 Tổng đài quốc gia bảo vệ trẻ em ${help.number}: miễn phí, ${help.hours}. Trẻ em, bố mẹ, thầy cô đều có thể gọi.`,
		`${APP_NAME} là ứng dụng giúp trẻ em tập an toàn trên mạng, dùng được cả khi không có mạng.`,
		HASHTAGS.join(' '),
		desc
	].join('\n\n');
	return { text, alt, description: desc };
}
