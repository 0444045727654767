// `::: settings <platform>`: `- Setting` lines, each with `  - [x]` / `  - [ ]` options
// (at least one safe) and the explanation in `  > ...`.
import {
	checkbox,
	isEmpty,
	listItems,
	platformArg,
	quote,
	rich,
	splitAt,
	type Block,
	type Ctx
} from '../blocks';
import { plainInline } from '../markdown';
import type { SettingsActivity } from '../types';

export function parseSettings(block: Block, id: string, ctx: Ctx): SettingsActivity | null {
	const { errors } = ctx;
	const platform = platformArg(block, block.arg.split(/\s+/)[0] ?? '', ctx);
	const [prompt, rest] = splitAt(block.tokens, (t) => t.type === 'bullet_list_open');
	if (isEmpty(prompt)) errors.add(block.line, 'settings: thiếu câu dẫn (instructions are missing)');
	const settings = [];
	for (const [k, item] of listItems(rest, ctx, 'settings', true).entries()) {
		const options = [];
		for (const [j, child] of item.children.entries()) {
			if (!checkbox(child, ' x', ctx, 'lựa chọn')) continue;
			options.push({
				id: `s${k + 1}o${j + 1}`,
				label: plainInline(child.text),
				safe: child.mark === 'x'
			});
		}
		if (options.length < 2)
			errors.add(
				item.line,
				`cài đặt ${quote(item.text)} cần ít nhất 2 lựa chọn "  - [ ]" (needs 2 options)`
			);
		else if (!options.some((o) => o.safe))
			errors.add(
				item.line,
				`cài đặt ${quote(item.text)} chưa có lựa chọn an toàn "  - [x]" (no safe option)`
			);
		if (isEmpty(item.feedback))
			errors.add(
				item.line,
				`cài đặt ${quote(item.text)} thiếu lời giải thích (setting has no explanation)`
			);
		settings.push({
			id: `s${k + 1}`,
			label: plainInline(item.text),
			options,
			why: rich(item.feedback, ctx)
		});
	}
	if (!settings.length)
		errors.add(block.line, 'settings: cần ít nhất một cài đặt (needs a setting)');
	if (!platform) return null;
	return { id, type: 'settings', line: block.line, platform, prompt: rich(prompt, ctx), settings };
}
