// `::: chat <platform> <contact>`: a branching conversation. Nodes open with `# node-id`;
// in a node come messages (`Name: text`), then replies (`- [x] text -> node`, each with an
// optional `> feedback`), a jump (`-> node`) or an ending (`= an toàn` / `= chưa an toàn`
// and its `> feedback`). Every node must be reachable, and from every node reached the
// conversation must be able to end: a loop of `->` jumps alone is refused, as is a corner
// with no way out to an ending.
import { pictureOf, stripPictures } from '../../pictures/syntax';
import type { Token } from 'markdown-it';
import {
	isEmpty,
	linesOf,
	lineOf,
	listItems,
	platformArg,
	quote,
	rich,
	splitAt,
	topLevel,
	type Block,
	type Ctx,
	type Item
} from '../blocks';
import { plainInline } from '../markdown';
import type { ChatActivity, ChatNode, ChatReply } from '../types';

/** Names that mean the learner: their messages sit on the right. */
export const ME_NAMES = new Set(['em', 'mình', 'tôi', 'me']);

const isNodeStart = (t: Token, next: Token | undefined) =>
	t.type === 'heading_open' || (t.type === 'paragraph_open' && /^#\s*\S/.test(next?.content ?? ''));

/** Where the player goes from a node on its own or by a reply (story.svelte.ts, group.ts). */
function nextOf(node: ChatNode): string[] {
	if (node.replies.length) return node.replies.map((r) => r.next);
	return node.goto ? [node.goto] : [];
}

export function parseChat(block: Block, id: string, ctx: Ctx): ChatActivity | null {
	const { errors } = ctx;
	const [platformName, ...contactWords] = block.arg.split(/\s+/);
	const platform = platformArg(block, platformName ?? '', ctx);
	const contactSource = contactWords.join(' ').trim();
	const contact = stripPictures(contactSource);
	const { picture: contactPicture } = pictureOf(contactSource, ctx.env.base);
	if (!contact)
		errors.add(
			block.line,
			'chat: thiếu tên người nhắn sau nền tảng, ví dụ "::: chat zalo Chị Hoa" (contact name is missing)'
		);
	const [prompt, rest] = splitAt(block.tokens, isNodeStart);
	if (isEmpty(prompt)) errors.add(block.line, 'chat: thiếu câu dẫn (instructions are missing)');

	const nodes: Record<string, ChatNode> = {};
	const nodeLine = new Map<string, number>();
	const targets: { target: string; line: number }[] = [];
	const replyFeedback = new Map<ChatReply, Token[]>();
	let node: ChatNode | null = null;
	let lastReply: ChatReply | null = null;
	let endFb: Token[] | null = null;

	const finish = () => {
		if (!node) return;
		const line = nodeLine.get(node.id)!;
		lastReply = null;
		if (node.end) {
			if (isEmpty(endFb ?? []))
				errors.add(line, `chat: kết thúc ở đoạn "${node.id}" thiếu phản hồi "> ..." (ending has no feedback)`);
			node.end.feedback = rich(endFb ?? [], ctx);
			if (node.replies.length || node.goto)
				errors.add(line, `chat: đoạn "${node.id}" vừa là kết thúc vừa có lựa chọn (ending with replies)`);
		} else if (!node.replies.length && !node.goto) {
			errors.add(
				line,
				`chat: đoạn "${node.id}" không có lựa chọn, "-> đoạn tiếp" hay kết thúc "= an toàn" (dead end)`
			);
		} else if (node.replies.length && !node.replies.some((r) => r.safe)) {
			errors.add(line, `chat: đoạn "${node.id}" chưa có câu trả lời an toàn "- [x]" (no safe reply)`);
		}
		endFb = null;
	};

	const feedback = (n: number, tokens: Token[]) => {
		if (endFb) endFb.push(...tokens);
		else if (lastReply) replyFeedback.get(lastReply)!.push(...tokens);
		else
			errors.add(n, 'chat: phản hồi "> ..." phải nằm dưới một câu trả lời hoặc kết thúc (stray feedback)');
	};

	/** One written line of a node: its `# id`, a message, a jump or an ending. */
	const onLine = (n: number, t: string) => {
		if (t.trim() === '') return;
		if (/^#/.test(t)) {
			finish();
			const head = /^#\s*([a-z0-9-]+)\s*$/.exec(t);
			if (!head) {
				errors.add(n, `chat: mã đoạn ${quote(t)} chỉ gồm chữ thường không dấu, số, "-" (bad node id)`);
				node = null;
				return;
			}
			if (nodes[head[1]]) errors.add(n, `chat: mã đoạn "${head[1]}" bị trùng (duplicate node)`);
			node = { id: head[1], messages: [], replies: [] };
			nodes[head[1]] = node;
			nodeLine.set(head[1], n);
			return;
		}
		if (!node) {
			errors.add(n, 'chat: dòng nằm ngoài đoạn; hãy mở đoạn bằng "# ma-doan" (line outside a node)');
			return;
		}
		const go = /^->\s*([a-z0-9-]+)\s*$/.exec(t.trim());
		if (go) {
			node.goto = go[1];
			targets.push({ target: go[1], line: n });
			return;
		}
		const end = /^=\s*(an toàn|chưa an toàn|không an toàn|safe|unsafe)\s*$/i.exec(t.trim());
		if (end) {
			node.end = { safe: /^(an toàn|safe)$/i.test(end[1]), feedback: { html: '', text: '' } };
			endFb = [];
			return;
		}
		const msg = /^([^:]{1,40}):\s+(.+)$/.exec(t.trim());
		if (msg) {
			if (node.replies.length || node.end)
				errors.add(
					n,
					`chat: tin nhắn phải đứng trước các lựa chọn của đoạn "${node.id}" (message after replies)`
				);
			const from = msg[1].trim();
			node.messages.push({ from, mine: ME_NAMES.has(from.toLowerCase()), text: plainInline(msg[2]) });
			return;
		}
		errors.add(n, `chat: dòng không hợp lệ ${quote(t)} (unexpected line)`);
	};

	const onReply = (item: Item) => {
		const t = `- ${item.text}`;
		if (!node) {
			errors.add(item.line, 'chat: dòng nằm ngoài đoạn; hãy mở đoạn bằng "# ma-doan" (line outside a node)');
			return;
		}
		const reply = /^-\s+\[( |x|X)\]\s+(.+?)\s*->\s*([a-z0-9-]+)\s*$/.exec(t);
		if (!reply) {
			errors.add(item.line, `chat: câu trả lời ${quote(t)} phải có dạng "- [x] nội dung -> ma-doan" (bad reply)`);
			return;
		}
		const r: ChatReply = {
			id: `${node.id}.${node.replies.length + 1}`,
			text: plainInline(reply[2]),
			safe: reply[1] !== ' ',
			next: reply[3]
		};
		node.replies.push(r);
		replyFeedback.set(r, []);
		lastReply = r;
		targets.push({ target: reply[3], line: item.line });
		if (item.feedback.length) feedback(item.line, item.feedback);
	};

	for (const [i, end] of topLevel(rest)) {
		const t = rest[i];
		if (t.type === 'heading_open') onLine(lineOf(t), ctx.lines[t.map![0]]);
		else if (t.type === 'paragraph_open') {
			const inline = rest[i + 1];
			inline.content.split('\n').forEach((text, k) => onLine(inline.map![0] + k + 1, text));
		} else if (t.type === 'bullet_list_open') listItems(rest.slice(i, end), ctx, 'chat').forEach(onReply);
		else if (t.type === 'blockquote_open') feedback(lineOf(t), rest.slice(i + 1, end - 1));
		else for (const l of linesOf(t, ctx)) onLine(l.n, l.text);
	}
	finish();
	for (const [r, fb] of replyFeedback) if (fb.length) r.feedback = rich(fb, ctx);

	const ids = Object.keys(nodes);
	if (!ids.length) {
		errors.add(block.line, 'chat: chưa có đoạn nào "# ma-doan" (no nodes)');
		return null;
	}
	let missing = false;
	for (const { target, line } of targets)
		if (!nodes[target]) {
			missing = true;
			errors.add(line, `chat: đoạn "${target}" không tồn tại (branch target does not exist)`);
		}
	const seen = reachable(nodes, ids[0]);
	for (const nid of ids)
		if (!seen.has(nid))
			errors.add(nodeLine.get(nid)!, `chat: đoạn "${nid}" không đi tới được từ đoạn đầu (unreachable node)`);
	const endings = ids.filter((nid) => nodes[nid].end);
	if (!endings.length)
		errors.add(block.line, 'chat: chưa có kết thúc "= an toàn" / "= chưa an toàn" (no ending)');
	const loops = gotoLoops(nodes, ids, seen);
	for (const loop of loops)
		errors.add(
			nodeLine.get(loop[0])!,
			`chat: các đoạn ${[...loop, loop[0]].map((n) => `"${n}"`).join(' → ')} chỉ nối nhau bằng "->", không có lựa chọn hay kết thúc: cuộc trò chuyện sẽ lặp mãi (goto loop)`
		);
	if (endings.length && !missing && !loops.length) {
		const ok = canEnd(nodes, ids);
		const stuck = ids.find((nid) => seen.has(nid) && !ok.has(nid));
		if (stuck)
			errors.add(
				nodeLine.get(stuck)!,
				`chat: từ đoạn "${stuck}" không còn đường nào tới một kết thúc "= ..." (no way to an ending)`
			);
	}
	if (!platform) return null;
	return {
		id,
		type: 'chat',
		line: block.line,
		platform,
		contact,
		...(contactPicture ? { contactPicture } : {}),
		prompt: rich(prompt, ctx),
		start: ids[0],
		nodes
	};
}

function reachable(nodes: Record<string, ChatNode>, start: string): Set<string> {
	const seen = new Set<string>([start]);
	const queue = [start];
	while (queue.length) {
		const n = nodes[queue.shift()!];
		const next = [...n.replies.map((r) => r.next), ...(n.goto ? [n.goto] : [])];
		for (const t of next)
			if (nodes[t] && !seen.has(t)) {
				seen.add(t);
				queue.push(t);
			}
	}
	return seen;
}

/**
 * Nodes from which some path of replies and jumps reaches an ending. A dead end counts as
 * one here: it has its own message already.
 */
function canEnd(nodes: Record<string, ChatNode>, ids: string[]): Set<string> {
	const ok = new Set(ids.filter((nid) => nodes[nid].end || !nextOf(nodes[nid]).length));
	for (let grew = true; grew; ) {
		grew = false;
		for (const nid of ids)
			if (!ok.has(nid) && nextOf(nodes[nid]).some((t) => ok.has(t))) {
				ok.add(nid);
				grew = true;
			}
	}
	return ok;
}

/** Each cycle of reached nodes that only jump (`->`, no reply, no ending), once, in file order. */
function gotoLoops(nodes: Record<string, ChatNode>, ids: string[], seen: Set<string>): string[][] {
	const loops: string[][] = [];
	const done = new Set<string>();
	const jumpsOnly = (n: ChatNode | undefined) => !!n && !n.end && !n.replies.length && !!n.goto;
	for (const start of ids) {
		if (done.has(start) || !seen.has(start) || !jumpsOnly(nodes[start])) continue;
		const path: string[] = [];
		let at: string | undefined = start;
		while (at && jumpsOnly(nodes[at]) && !done.has(at) && !path.includes(at)) {
			path.push(at);
			at = nodes[at].goto;
		}
		if (at && path.includes(at)) {
			const cycle = path.slice(path.indexOf(at));
			// Start the message at the cycle's first node in the file, so it reads in order.
			const first = ids.find((nid) => cycle.includes(nid))!;
			const k = cycle.indexOf(first);
			loops.push([...cycle.slice(k), ...cycle.slice(0, k)]);
		}
		for (const p of path) done.add(p);
	}
	return loops;
}
