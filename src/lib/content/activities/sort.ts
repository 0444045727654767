// `::: sort`: a `hộp: A | B` line naming 2-4 bins, then `- [Bin] card` lines, each with
// the reason in `> ...`.
import { isEmpty, listItems, quote, rich, splitAt, takeKeys, type Block, type Ctx } from '../blocks';
import { plainInline } from '../markdown';
import { pictureOf, stripPictures } from '../../pictures/syntax';
import type { Image, SortActivity } from '../types';

export function parseSort(block: Block, id: string, ctx: Ctx): SortActivity {
	const { errors } = ctx;
	const [head, rest] = splitAt(block.tokens, (t) => t.type === 'bullet_list_open');
	const { prompt, keys } = takeKeys(head, ['hộp', 'bins'], ctx.env);
	if (isEmpty(prompt)) errors.add(block.line, 'sort: thiếu câu dẫn (instructions are missing)');
	const binLine = keys.get('hộp') ?? keys.get('bins');
	const binSources = binLine
		? binLine.value
				.split('|')
				.map((s) => s.trim())
				.filter(Boolean)
		: [];
	// A bin may carry a picture, [[ổn]] Ổn; cards name it by its words alone: [Ổn].
	const bins = binSources.map(stripPictures);
	const binPictures: Record<string, Image> = {};
	for (const [i, b] of binSources.entries()) {
		const { picture } = pictureOf(b, ctx.env.base);
		if (picture) binPictures[bins[i]] = picture;
	}
	if (!binLine) errors.add(block.line, 'sort: thiếu dòng "hộp: A | B" (bins are missing)');
	else if (bins.length < 2 || bins.length > 4)
		errors.add(binLine.n, 'sort: cần từ 2 đến 4 hộp (2-4 bins)');
	const cards = [];
	for (const [k, item] of listItems(rest, ctx, 'sort').entries()) {
		const m = /^\[([^\]]+)\]\s+(.+)$/.exec(item.text);
		if (!m) {
			errors.add(
				item.line,
				`thẻ ${quote(item.text)} phải có dạng "- [Tên hộp] nội dung" (expected "- [bin] text")`
			);
			continue;
		}
		const bin = m[1].trim();
		if (bins.length && !bins.includes(bin))
			errors.add(
				item.line,
				`thẻ ${quote(m[2])}: hộp "${bin}" không có trong dòng "hộp:" (unknown bin)`
			);
		if (isEmpty(item.feedback))
			errors.add(item.line, `thẻ ${quote(m[2])} thiếu lý do (card has no reason)`);
		cards.push({
			id: `c${k + 1}`,
			text: plainInline(m[2]),
			...pictureOf(m[2], ctx.env.base),
			bin,
			why: rich(item.feedback, ctx)
		});
	}
	if (cards.length < 2) errors.add(block.line, 'sort: cần ít nhất 2 thẻ (needs 2 cards)');
	return {
		id,
		type: 'sort',
		line: block.line,
		prompt: rich(prompt, ctx),
		bins,
		...(Object.keys(binPictures).length ? { binPictures } : {}),
		cards
	};
}
