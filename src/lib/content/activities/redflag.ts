// `::: redflag <platform>`: messages (or, with a `hồ sơ:` line, a profile's details) to
// tap when they are warning signs: `- [!] Name: text` or `- [ ] Name: text`, each explained.
import { pictureOf, stripPictures } from '../../pictures/syntax';
import {
	checkbox,
	isEmpty,
	listItems,
	platformArg,
	quote,
	rich,
	splitAt,
	takeKeys,
	type Block,
	type Ctx
} from '../blocks';
import { plainInline } from '../markdown';
import type { RedflagActivity } from '../types';
import { ME_NAMES } from './chat';

export function parseRedflag(block: Block, id: string, ctx: Ctx): RedflagActivity | null {
	const { errors } = ctx;
	const [platformName] = block.arg.split(/\s+/);
	const platform = platformArg(block, platformName ?? '', ctx);
	const [head, rest] = splitAt(block.tokens, (t) => t.type === 'bullet_list_open');
	const { prompt, keys } = takeKeys(head, ['hồ sơ', 'profile'], ctx.env);
	if (isEmpty(prompt)) errors.add(block.line, 'redflag: thiếu câu dẫn (instructions are missing)');
	const profileLine = keys.get('hồ sơ') ?? keys.get('profile');
	let profile: RedflagActivity['profile'];
	if (profileLine) {
		const [name, bio = ''] = profileLine.value.split('|').map((s) => s.trim());
		if (!name) errors.add(profileLine.n, 'redflag: "hồ sơ:" thiếu tên (profile has no name)');
		profile = { name: stripPictures(name ?? ''), bio, ...pictureOf(name ?? '', ctx.env.base) };
	}
	const items = [];
	for (const [k, item] of listItems(rest, ctx, 'redflag').entries()) {
		if (!checkbox(item, ' !', ctx, 'tin nhắn')) continue;
		const m = /^([^:]{1,40}):\s+(.+)$/.exec(item.text);
		if (!m) {
			errors.add(
				item.line,
				`redflag: ${quote(item.text)} phải có dạng "Tên: nội dung" (expected "Name: text")`
			);
			continue;
		}
		if (isEmpty(item.feedback))
			errors.add(item.line, `tin nhắn ${quote(m[2])} thiếu lời giải thích (item has no explanation)`);
		items.push({
			id: `m${k + 1}`,
			from: m[1].trim(),
			mine: ME_NAMES.has(m[1].trim().toLowerCase()),
			text: plainInline(m[2]),
			...pictureOf(m[2], ctx.env.base),
			flag: item.mark === '!',
			why: rich(item.feedback, ctx)
		});
	}
	if (items.length < 2) errors.add(block.line, 'redflag: cần ít nhất 2 tin nhắn (needs 2 items)');
	else if (!items.some((i) => i.flag))
		errors.add(block.line, 'redflag: chưa có dấu hiệu đáng lo nào "- [!]" (no warning sign)');
	if (!platform) return null;
	return {
		id,
		type: 'redflag',
		line: block.line,
		platform,
		prompt: rich(prompt, ctx),
		...(profile ? { profile } : {}),
		items
	};
}
