// `::: choice`: a question, then `- [x]` / `- [ ]` options, each with its `> feedback`.
import { checkbox, isEmpty, listItems, quote, rich, splitAt, type Block, type Ctx } from '../blocks';
import { renderInline } from '../markdown';
import type { ChoiceActivity } from '../types';

export function parseChoice(block: Block, id: string, ctx: Ctx): ChoiceActivity {
	const { errors } = ctx;
	const [prompt, rest] = splitAt(block.tokens, (t) => t.type === 'bullet_list_open');
	if (isEmpty(prompt)) errors.add(block.line, 'choice: thiếu câu hỏi (question is missing)');
	const options = [];
	for (const [k, item] of listItems(rest, ctx, 'choice').entries()) {
		if (!checkbox(item, ' x', ctx, 'lựa chọn')) continue;
		if (isEmpty(item.feedback))
			errors.add(item.line, `lựa chọn ${quote(item.text)} thiếu phản hồi (option has no feedback)`);
		options.push({
			id: `o${k + 1}`,
			// Inline only: the label sits inside a button, where no hotline link may go.
			label: renderInline(item.text, ctx.env),
			correct: item.mark === 'x',
			feedback: rich(item.feedback, ctx)
		});
	}
	if (options.length < 2)
		errors.add(block.line, 'choice: cần ít nhất 2 lựa chọn (needs at least 2 options)');
	const right = options.filter((o) => o.correct).length;
	if (options.length && !right)
		errors.add(
			block.line,
			'choice: không có đáp án đúng; đánh dấu ít nhất một "- [x]" (no right answer)'
		);
	if (right && right === options.length && options.length > 1)
		errors.add(block.line, 'choice: mọi lựa chọn đều đúng (every option is right)');
	return {
		id,
		type: 'choice',
		line: block.line,
		prompt: rich(prompt, ctx),
		options,
		multiple: right > 1
	};
}
