// Parses one lesson or guide file into typed data. Pure: no file system, no DOM. Every
// problem becomes a ContentError with the file's line number; parsing goes on after an
// error so an author sees all of them at once.
import * as v from 'valibot';
import { isMap, LineCounter, parseDocument } from 'yaml';
import { htmlToText, plainInline, renderBlock, renderInline, type RenderOptions } from './markdown';
import { ActivitySchema, GuideFrontmatter, LessonFrontmatter } from './schema';
import { pictureOf, stripPictures } from '../pictures/syntax';
import type {
	Activity,
	ChatActivity,
	ChatNode,
	ChatReply,
	ChoiceActivity,
	ContentError,
	Guide,
	Image,
	Lesson,
	RedflagActivity,
	Rich,
	Screen,
	SettingsActivity,
	SortActivity,
	Step
} from './types';
import { ACTIVITY_TYPES, PLATFORMS, type ActivityType, type Platform } from './vocab';

export interface ParseOptions extends RenderOptions {
	/** Repository-relative path, used in every error message. */
	path: string;
	/** Tells whether a referenced image exists; relative to the site root ('/illustrations/x.svg'). */
	imageExists?: (src: string) => boolean;
}

interface Line {
	n: number;
	text: string;
}

interface Block {
	type: string;
	arg: string;
	line: number;
	body: Line[];
}

class Errors {
	list: ContentError[] = [];
	constructor(private path: string) {}
	add(line: number, message: string) {
		this.list.push({ path: this.path, line, message });
	}
}

const RAW_HTML = /<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>|<!--/;
const BAD_SCHEME = /\]\(\s*(javascript|vbscript|data|file):/i;
const BLOCK_OPEN = /^:::\s*([a-zA-Z-]+)\s*(.*)$/;
const FEEDBACK = /^ {2,}>\s?(.*)$/;
const CHECK_ITEM = /^-\s+\[( |x|X|!)\]\s+(.+)$/;
const ME_NAMES = new Set(['em', 'mình', 'tôi', 'me']);

function quote(s: string, max = 40): string {
	const t = s.trim();
	return `"${t.length > max ? t.slice(0, max - 1) + '…' : t}"`;
}

// ---------------------------------------------------------------- frontmatter

interface Frontmatter {
	data: unknown;
	/** Line of each top-level key, for error messages. */
	keyLines: Map<string, number>;
	bodyStart: number;
	lines: Line[];
}

function splitFrontmatter(source: string, errors: Errors): Frontmatter | null {
	const raw = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
	const lines = raw.map((text, i) => ({ n: i + 1, text }));
	if (raw[0]?.trim() !== '---') {
		errors.add(1, 'tệp phải bắt đầu bằng khối "---" (frontmatter is missing)');
		return null;
	}
	const end = raw.findIndex((l, i) => i > 0 && l.trim() === '---');
	if (end < 0) {
		errors.add(1, 'khối "---" ở đầu tệp chưa được đóng (frontmatter is not closed)');
		return null;
	}
	const yamlText = raw.slice(1, end).join('\n');
	const counter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
	for (const e of doc.errors) {
		// With prettyErrors off, e.linePos is never set: locate the error with the counter.
		const line = counter.linePos(e.pos[0]).line;
		errors.add(line + 1, `lỗi YAML: ${e.message.split('\n')[0]} (YAML error)`);
	}
	const keyLines = new Map<string, number>();
	if (isMap(doc.contents)) {
		for (const item of doc.contents.items) {
			const key = item.key as { value?: unknown; range?: [number, number, number] } | null;
			if (key?.range && typeof key.value === 'string') {
				keyLines.set(key.value, counter.linePos(key.range[0]).line + 1);
			}
		}
	}
	return {
		// An empty frontmatter is an empty mapping, so every missing field gets reported.
		data: doc.errors.length ? null : (doc.toJS() ?? {}),
		keyLines,
		bodyStart: end + 1,
		lines: lines.slice(end + 1)
	};
}

function checkFrontmatter<S extends v.GenericSchema>(
	schema: S,
	fm: Frontmatter,
	errors: Errors
): v.InferOutput<S> | null {
	if (fm.data === null) return null;
	if (typeof fm.data !== 'object' || Array.isArray(fm.data)) {
		errors.add(2, 'phần đầu tệp phải là các dòng "tên: giá trị" (frontmatter must be a mapping)');
		return null;
	}
	const result = v.safeParse(schema, fm.data);
	if (result.success) return result.output;
	for (const issue of result.issues) {
		const key = issue.path?.[0]?.key;
		const keyName = typeof key === 'string' ? key : undefined;
		const line = (keyName && fm.keyLines.get(keyName)) || 2;
		const received = issue.path && issue.path.length > 1 ? ` ${JSON.stringify(issue.input)}` : '';
		const where = keyName ? `"${keyName}"${received}: ` : '';
		const message =
			// A strict object reports both unknown keys (expected "never") and missing keys.
			issue.type === 'strict_object' && issue.expected === 'never' && keyName
				? `trường "${keyName}" không được hỗ trợ (unknown field)`
				: issue.input === undefined && keyName
					? `thiếu trường "${keyName}" (missing field)`
					: `${where}${issue.message}`;
		errors.add(issue.input === undefined && keyName ? 1 : line, message);
	}
	return null;
}

// ---------------------------------------------------------------- blocks

function splitBlocks(lines: Line[], errors: Errors): Block[] {
	const blocks: Block[] = [];
	let i = 0;
	let strayReported = false;
	while (i < lines.length) {
		const { n, text } = lines[i];
		if (text.trim() === '') {
			i++;
			continue;
		}
		const open = BLOCK_OPEN.exec(text.trim());
		if (!open) {
			if (!strayReported)
				errors.add(
					n,
					`văn bản nằm ngoài khối ${quote(text)}: hãy đặt nó trong một khối "::: step" (text outside a block)`
				);
			strayReported = true;
			i++;
			continue;
		}
		strayReported = false;
		const body: Line[] = [];
		let j = i + 1;
		let closed = false;
		for (; j < lines.length; j++) {
			const t = lines[j].text.trim();
			if (t === ':::') {
				closed = true;
				break;
			}
			if (BLOCK_OPEN.test(t)) break;
			body.push(lines[j]);
		}
		if (!closed) {
			errors.add(n, `khối "::: ${open[1]}" chưa đóng: thêm một dòng ":::" ở cuối (block not closed)`);
		}
		blocks.push({ type: open[1].toLowerCase(), arg: open[2].trim(), line: n, body });
		i = closed ? j + 1 : j;
	}
	return blocks;
}

function trimLines(lines: Line[]): Line[] {
	let a = 0;
	let b = lines.length;
	while (a < b && lines[a].text.trim() === '') a++;
	while (b > a && lines[b - 1].text.trim() === '') b--;
	return lines.slice(a, b);
}

function joinText(lines: Line[]): string {
	return lines.map((l) => l.text).join('\n');
}

/** The prompt: everything before the first list item or node, minus "key: value" lines. */
function takePrompt(
	block: Block,
	stop: (l: Line) => boolean,
	keys: string[]
): { prompt: Line[]; keys: Map<string, Line & { value: string }>; rest: Line[] } {
	const prompt: Line[] = [];
	const found = new Map<string, Line & { value: string }>();
	let i = 0;
	for (; i < block.body.length; i++) {
		const l = block.body[i];
		if (stop(l)) break;
		const kv = /^([\p{L} ]+):\s*(.*)$/u.exec(l.text.trim());
		const key = kv?.[1].trim().toLowerCase();
		if (kv && key && keys.includes(key)) {
			found.set(key, { ...l, value: kv[2].trim() });
			continue;
		}
		prompt.push(l);
	}
	return { prompt: trimLines(prompt), keys: found, rest: block.body.slice(i) };
}

interface Item {
	line: number;
	mark: string;
	text: string;
	feedback: Line[];
	children: Item[];
}

/** Top-level `- ...` items, each with its indented `> feedback` lines and `  - ...` children. */
function parseItems(lines: Line[], errors: Errors, what: string): Item[] {
	const items: Item[] = [];
	for (const l of lines) {
		if (l.text.trim() === '') continue;
		if (/^-\s+/.test(l.text)) {
			items.push({ line: l.n, mark: '', text: l.text.replace(/^-\s+/, ''), feedback: [], children: [] });
			continue;
		}
		const current = items.at(-1);
		const child = /^ {2,}-\s+(.*)$/.exec(l.text);
		if (current && child) {
			current.children.push({ line: l.n, mark: '', text: child[1], feedback: [], children: [] });
			continue;
		}
		const fb = FEEDBACK.exec(l.text);
		if (current && fb) {
			current.feedback.push({ n: l.n, text: fb[1] });
			continue;
		}
		errors.add(
			l.n,
			`${what}: dòng không hợp lệ ${quote(l.text)}; mỗi dòng phải là "- ..." hoặc phản hồi "  > ..." (unexpected line)`
		);
	}
	return items;
}

function checkbox(item: Item, marks: string, errors: Errors, what: string): boolean {
	const m = CHECK_ITEM.exec('- ' + item.text);
	if (!m || !marks.includes(m[1].toLowerCase())) {
		const allowed = [...marks].map((c) => `"- [${c}]"`).join(' hoặc ');
		errors.add(item.line, `${what} ${quote(item.text)} phải bắt đầu bằng ${allowed} (missing checkbox)`);
		return false;
	}
	item.mark = m[1].toLowerCase();
	item.text = m[2].trim();
	return true;
}

function platformArg(block: Block, arg: string, errors: Errors): Platform | null {
	const p = arg.toLowerCase();
	if ((PLATFORMS as readonly string[]).includes(p)) return p as Platform;
	errors.add(
		block.line,
		`${block.type}: nền tảng "${arg}" không hợp lệ; dùng một trong ${PLATFORMS.join(', ')} (unknown platform)`
	);
	return null;
}

// ---------------------------------------------------------------- activities

interface Ctx {
	errors: Errors;
	opts: ParseOptions;
}

function rich(lines: Line[], ctx: Ctx): Rich {
	return renderBlock(joinText(lines), ctx.opts);
}

function parseChoice(block: Block, id: string, ctx: Ctx): ChoiceActivity | null {
	const { errors } = ctx;
	const { prompt, rest } = takePrompt(block, (l) => /^-\s/.test(l.text), []);
	if (!prompt.length) errors.add(block.line, 'choice: thiếu câu hỏi (question is missing)');
	const items = parseItems(rest, errors, 'choice');
	const options = [];
	for (const [k, item] of items.entries()) {
		if (!checkbox(item, ' x', errors, 'lựa chọn')) continue;
		if (!item.feedback.length)
			errors.add(item.line, `lựa chọn ${quote(item.text)} thiếu phản hồi (option has no feedback)`);
		options.push({
			id: `o${k + 1}`,
			label: renderInline(item.text, ctx.opts),
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

function parseRedflag(block: Block, id: string, ctx: Ctx): RedflagActivity | null {
	const { errors } = ctx;
	const [platformName] = block.arg.split(/\s+/);
	const platform = platformArg(block, platformName ?? '', errors);
	const { prompt, keys, rest } = takePrompt(block, (l) => /^-\s/.test(l.text), [
		'hồ sơ',
		'profile'
	]);
	if (!prompt.length) errors.add(block.line, 'redflag: thiếu câu dẫn (instructions are missing)');
	const profileLine = keys.get('hồ sơ') ?? keys.get('profile');
	let profile: RedflagActivity['profile'];
	if (profileLine) {
		const [name, bio = ''] = profileLine.value.split('|').map((s) => s.trim());
		if (!name) errors.add(profileLine.n, 'redflag: "hồ sơ:" thiếu tên (profile has no name)');
		profile = { name: stripPictures(name ?? ''), bio, ...pictureOf(name ?? '', ctx.opts.base) };
	}
	const items = [];
	for (const [k, item] of parseItems(rest, errors, 'redflag').entries()) {
		if (!checkbox(item, ' !', errors, 'tin nhắn')) continue;
		const m = /^([^:]{1,40}):\s+(.+)$/.exec(item.text);
		if (!m) {
			errors.add(
				item.line,
				`redflag: ${quote(item.text)} phải có dạng "Tên: nội dung" (expected "Name: text")`
			);
			continue;
		}
		if (!item.feedback.length)
			errors.add(item.line, `tin nhắn ${quote(m[2])} thiếu lời giải thích (item has no explanation)`);
		items.push({
			id: `m${k + 1}`,
			from: m[1].trim(),
			mine: ME_NAMES.has(m[1].trim().toLowerCase()),
			text: plainInline(m[2]),
			...pictureOf(m[2], ctx.opts.base),
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

function parseSort(block: Block, id: string, ctx: Ctx): SortActivity | null {
	const { errors } = ctx;
	const { prompt, keys, rest } = takePrompt(block, (l) => /^-\s/.test(l.text), ['hộp', 'bins']);
	if (!prompt.length) errors.add(block.line, 'sort: thiếu câu dẫn (instructions are missing)');
	const binLine = keys.get('hộp') ?? keys.get('bins');
	const binSources = binLine ? binLine.value.split('|').map((s) => s.trim()).filter(Boolean) : [];
	// A bin may carry a picture, [[ổn]] Ổn; cards name it by its words alone: [Ổn].
	const bins = binSources.map(stripPictures);
	const binPictures: Record<string, Image> = {};
	for (const [i, b] of binSources.entries()) {
		const { picture } = pictureOf(b, ctx.opts.base);
		if (picture) binPictures[bins[i]] = picture;
	}
	if (!binLine) errors.add(block.line, 'sort: thiếu dòng "hộp: A | B" (bins are missing)');
	else if (bins.length < 2 || bins.length > 4)
		errors.add(binLine.n, 'sort: cần từ 2 đến 4 hộp (2-4 bins)');
	const cards = [];
	for (const [k, item] of parseItems(rest, errors, 'sort').entries()) {
		const m = /^\[([^\]]+)\]\s+(.+)$/.exec(item.text);
		if (!m) {
			errors.add(item.line, `thẻ ${quote(item.text)} phải có dạng "- [Tên hộp] nội dung" (expected "- [bin] text")`);
			continue;
		}
		const bin = m[1].trim();
		if (bins.length && !bins.includes(bin))
			errors.add(item.line, `thẻ ${quote(m[2])}: hộp "${bin}" không có trong dòng "hộp:" (unknown bin)`);
		if (!item.feedback.length)
			errors.add(item.line, `thẻ ${quote(m[2])} thiếu lý do (card has no reason)`);
		cards.push({ id: `c${k + 1}`, text: plainInline(m[2]), ...pictureOf(m[2], ctx.opts.base), bin, why: rich(item.feedback, ctx) });
	}
	if (cards.length < 2) errors.add(block.line, 'sort: cần ít nhất 2 thẻ (needs 2 cards)');
	return { id, type: 'sort', line: block.line, prompt: rich(prompt, ctx), bins, ...(Object.keys(binPictures).length ? { binPictures } : {}), cards };
}

function parseSettings(block: Block, id: string, ctx: Ctx): SettingsActivity | null {
	const { errors } = ctx;
	const platform = platformArg(block, block.arg.split(/\s+/)[0] ?? '', errors);
	const { prompt, rest } = takePrompt(block, (l) => /^-\s/.test(l.text), []);
	if (!prompt.length) errors.add(block.line, 'settings: thiếu câu dẫn (instructions are missing)');
	const settings = [];
	for (const [k, item] of parseItems(rest, errors, 'settings').entries()) {
		const options = [];
		for (const [j, child] of item.children.entries()) {
			if (!checkbox(child, ' x', errors, 'lựa chọn')) continue;
			options.push({ id: `s${k + 1}o${j + 1}`, label: plainInline(child.text), safe: child.mark === 'x' });
		}
		if (options.length < 2)
			errors.add(item.line, `cài đặt ${quote(item.text)} cần ít nhất 2 lựa chọn "  - [ ]" (needs 2 options)`);
		else if (!options.some((o) => o.safe))
			errors.add(item.line, `cài đặt ${quote(item.text)} chưa có lựa chọn an toàn "  - [x]" (no safe option)`);
		if (!item.feedback.length)
			errors.add(item.line, `cài đặt ${quote(item.text)} thiếu lời giải thích (setting has no explanation)`);
		settings.push({ id: `s${k + 1}`, label: plainInline(item.text), options, why: rich(item.feedback, ctx) });
	}
	if (!settings.length) errors.add(block.line, 'settings: cần ít nhất một cài đặt (needs a setting)');
	if (!platform) return null;
	return { id, type: 'settings', line: block.line, platform, prompt: rich(prompt, ctx), settings };
}

function parseChat(block: Block, id: string, ctx: Ctx): ChatActivity | null {
	const { errors } = ctx;
	const [platformName, ...contactWords] = block.arg.split(/\s+/);
	const platform = platformArg(block, platformName ?? '', errors);
	const contactSource = contactWords.join(' ').trim();
	const contact = stripPictures(contactSource);
	const { picture: contactPicture } = pictureOf(contactSource, ctx.opts.base);
	if (!contact)
		errors.add(block.line, 'chat: thiếu tên người nhắn sau nền tảng, ví dụ "::: chat zalo Chị Hoa" (contact name is missing)');
	const { prompt, rest } = takePrompt(block, (l) => /^#\s*\S/.test(l.text), []);
	if (!prompt.length) errors.add(block.line, 'chat: thiếu câu dẫn (instructions are missing)');

	const nodes: Record<string, ChatNode> = {};
	const nodeLine = new Map<string, number>();
	const targets: { target: string; line: number }[] = [];
	let node: ChatNode | null = null;
	let lastReply: (ChatReply & { fb: Line[] }) | null = null;
	let endFb: Line[] | null = null;
	const finish = () => {
		if (!node) return;
		const line = nodeLine.get(node.id)!;
		if (lastReply) lastReply = null;
		if (node.end) {
			if (!endFb?.length)
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
	const replies = new Map<ChatReply, Line[]>();
	for (const l of rest) {
		const t = l.text;
		if (t.trim() === '') continue;
		const head = /^#\s*([a-z0-9-]+)\s*$/.exec(t);
		if (/^#/.test(t)) {
			finish();
			if (!head) {
				errors.add(l.n, `chat: mã đoạn ${quote(t)} chỉ gồm chữ thường không dấu, số, "-" (bad node id)`);
				node = null;
				continue;
			}
			if (nodes[head[1]]) errors.add(l.n, `chat: mã đoạn "${head[1]}" bị trùng (duplicate node)`);
			node = { id: head[1], messages: [], replies: [] };
			nodes[head[1]] = node;
			nodeLine.set(head[1], l.n);
			continue;
		}
		if (!node) {
			errors.add(l.n, 'chat: dòng nằm ngoài đoạn; hãy mở đoạn bằng "# ma-doan" (line outside a node)');
			continue;
		}
		const fb = /^\s*>\s?(.*)$/.exec(t);
		if (fb) {
			if (endFb) endFb.push({ n: l.n, text: fb[1] });
			else if (lastReply) replies.get(lastReply)!.push({ n: l.n, text: fb[1] });
			else errors.add(l.n, 'chat: phản hồi "> ..." phải nằm dưới một câu trả lời hoặc kết thúc (stray feedback)');
			continue;
		}
		const reply = /^-\s+\[( |x|X)\]\s+(.+?)\s*->\s*([a-z0-9-]+)\s*$/.exec(t);
		if (reply) {
			const r: ChatReply = {
				id: `${node.id}.${node.replies.length + 1}`,
				text: plainInline(reply[2]),
				safe: reply[1] !== ' ',
				next: reply[3]
			};
			node.replies.push(r);
			replies.set(r, []);
			lastReply = r as ChatReply & { fb: Line[] };
			targets.push({ target: reply[3], line: l.n });
			continue;
		}
		if (/^-\s/.test(t)) {
			errors.add(l.n, `chat: câu trả lời ${quote(t)} phải có dạng "- [x] nội dung -> ma-doan" (bad reply)`);
			continue;
		}
		const go = /^->\s*([a-z0-9-]+)\s*$/.exec(t.trim());
		if (go) {
			node.goto = go[1];
			targets.push({ target: go[1], line: l.n });
			continue;
		}
		const end = /^=\s*(an toàn|chưa an toàn|không an toàn|safe|unsafe)\s*$/i.exec(t.trim());
		if (end) {
			node.end = { safe: /^(an toàn|safe)$/i.test(end[1]), feedback: { html: '', text: '' } };
			endFb = [];
			continue;
		}
		const msg = /^([^:]{1,40}):\s+(.+)$/.exec(t.trim());
		if (msg) {
			if (node.replies.length || node.end)
				errors.add(l.n, `chat: tin nhắn phải đứng trước các lựa chọn của đoạn "${node.id}" (message after replies)`);
			const from = msg[1].trim();
			node.messages.push({ from, mine: ME_NAMES.has(from.toLowerCase()), text: plainInline(msg[2]) });
			continue;
		}
		errors.add(l.n, `chat: dòng không hợp lệ ${quote(t)} (unexpected line)`);
	}
	finish();
	for (const [r, fb] of replies) if (fb.length) r.feedback = rich(fb, ctx);

	const ids = Object.keys(nodes);
	if (!ids.length) {
		errors.add(block.line, 'chat: chưa có đoạn nào "# ma-doan" (no nodes)');
		return null;
	}
	for (const { target, line } of targets)
		if (!nodes[target]) errors.add(line, `chat: đoạn "${target}" không tồn tại (branch target does not exist)`);
	const seen = new Set<string>([ids[0]]);
	const queue = [ids[0]];
	while (queue.length) {
		const n = nodes[queue.shift()!];
		const next = [...n.replies.map((r) => r.next), ...(n.goto ? [n.goto] : [])];
		for (const t of next)
			if (nodes[t] && !seen.has(t)) {
				seen.add(t);
				queue.push(t);
			}
	}
	for (const nid of ids)
		if (!seen.has(nid))
			errors.add(nodeLine.get(nid)!, `chat: đoạn "${nid}" không đi tới được từ đoạn đầu (unreachable node)`);
	if (!ids.some((nid) => nodes[nid].end))
		errors.add(block.line, 'chat: chưa có kết thúc "= an toàn" / "= chưa an toàn" (no ending)');
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

const ACTIVITY_PARSERS: Record<ActivityType, (b: Block, id: string, ctx: Ctx) => Activity | null> = {
	choice: parseChoice,
	chat: parseChat,
	redflag: parseRedflag,
	sort: parseSort,
	settings: parseSettings
};

function parseStep(block: Block, ctx: Ctx): Step {
	const { errors, opts } = ctx;
	if (!block.arg) errors.add(block.line, 'step: thiếu tiêu đề sau "::: step" (step has no title)');
	let image: Image | undefined;
	const body: Line[] = [];
	for (const l of block.body) {
		const img = /^!\[([^\]]*)\]\(\s*([^)\s]+)\s*\)\s*$/.exec(l.text.trim());
		if (img && !image) {
			const [, alt, src] = img;
			if (!alt.trim())
				errors.add(l.n, 'hình thiếu lời mô tả trong ![...] (image has no text alternative)');
			if (!src.startsWith('/illustrations/'))
				errors.add(l.n, `hình "${src}" phải nằm trong /illustrations/ (image must be in static/illustrations)`);
			else if (opts.imageExists && !opts.imageExists(src))
				errors.add(l.n, `không tìm thấy hình "${src}" (image not found)`);
			image = { src: opts.base + src, alt: alt.trim() };
			continue;
		}
		body.push(l);
	}
	if (!trimLines(body).length) errors.add(block.line, 'step: bước học đang trống (step is empty)');
	return { kind: 'step', title: plainInline(block.arg), body: rich(body, ctx), ...(image ? { image } : {}) };
}

function scanUnsafe(lines: Line[], errors: Errors) {
	let fence = false;
	for (const l of lines) {
		if (/^\s*```/.test(l.text)) fence = !fence;
		const text = l.text.replace(/`[^`]*`/g, '');
		if (RAW_HTML.test(text))
			errors.add(l.n, 'không được dùng HTML trong bài; hãy dùng Markdown (raw HTML is not allowed)');
		if (BAD_SCHEME.test(text))
			errors.add(l.n, 'liên kết không an toàn (javascript:, data:...) (unsafe link)');
	}
}

// ---------------------------------------------------------------- public

export interface LessonFileInfo {
	/** Folder band, slug and order from the file path. */
	band: string;
	slug: string;
	order: number;
	lang: string;
}

/** `content/11-14/03-anh-rieng-tu.md` or `content/en/6-8/01-x/index.md` → band, slug, order. */
export function lessonPathInfo(path: string): LessonFileInfo | null {
	const m =
		/^content\/(?:([a-z]{2})\/)?([0-9]+-[0-9]+)\/(\d+)-([a-z0-9-]+)(?:\.md|\/index\.md)$/.exec(path);
	if (!m) return null;
	return { lang: m[1] ?? 'vi', band: m[2], order: Number(m[3]), slug: m[4] };
}

export function parseLesson(
	source: string,
	opts: ParseOptions
): { lesson: Lesson | null; errors: ContentError[] } {
	const errors = new Errors(opts.path);
	const ctx: Ctx = { errors, opts };
	const info = lessonPathInfo(opts.path);
	if (!info)
		errors.add(
			1,
			'tên tệp phải có dạng content/<lứa tuổi>/<số>-<ten-bai>.md, ví dụ content/6-8/01-co-the-em.md (bad file name)'
		);
	const fm = splitFrontmatter(source, errors);
	if (!fm) return { lesson: null, errors: errors.list };
	const meta = checkFrontmatter(LessonFrontmatter, fm, errors);
	if (meta && info && meta.band !== info.band)
		errors.add(
			fm.keyLines.get('band') ?? 2,
			`band "${meta.band}" không khớp thư mục "${info.band}" (band does not match folder)`
		);
	scanUnsafe(fm.lines, errors);

	const screens: Screen[] = [];
	const discuss: string[] = [];
	let facilitator: Rich | null = null;
	let parents: Rich | undefined;
	let activityNo = 0;
	for (const block of splitBlocks(fm.lines, errors)) {
		if ((ACTIVITY_TYPES as readonly string[]).includes(block.type)) {
			activityNo++;
			const activity = ACTIVITY_PARSERS[block.type as ActivityType](block, `a${activityNo}`, ctx);
			if (activity) {
				const shape = v.safeParse(ActivitySchema, activity);
				if (!shape.success)
					errors.add(block.line, `${block.type}: dữ liệu không hợp lệ (${shape.issues[0].message})`);
				screens.push({ kind: 'activity', activity });
			}
			continue;
		}
		switch (block.type) {
			case 'step':
				screens.push(parseStep(block, ctx));
				break;
			case 'discuss':
				for (const l of block.body) {
					const q = /^-\s+(.+)$/.exec(l.text);
					if (q) discuss.push(plainInline(q[1]));
					else if (l.text.trim())
						errors.add(l.n, 'discuss: mỗi câu hỏi là một dòng "- ..." (one question per "- " line)');
				}
				break;
			case 'facilitator':
				if (facilitator) errors.add(block.line, 'chỉ được có một khối facilitator (duplicate block)');
				facilitator = rich(block.body, ctx);
				if (!facilitator.text)
					errors.add(block.line, 'facilitator: kế hoạch buổi học đang trống (empty)');
				break;
			case 'parents':
				if (parents) errors.add(block.line, 'chỉ được có một khối parents (duplicate block)');
				parents = rich(block.body, ctx);
				break;
			default:
				errors.add(
					block.line,
					`loại khối "${block.type}" không tồn tại; dùng step, ${ACTIVITY_TYPES.join(', ')}, discuss, facilitator, parents (unknown block)`
				);
		}
	}
	const steps = screens.filter((s) => s.kind === 'step').length;
	if (!steps) errors.add(fm.bodyStart, 'bài học cần ít nhất một khối "::: step" (no steps)');
	if (!activityNo) errors.add(fm.bodyStart, 'bài học cần ít nhất một hoạt động (no activities)');
	if (!facilitator)
		errors.add(fm.bodyStart, 'thiếu khối "::: facilitator" (kế hoạch cho buổi sinh hoạt nhóm) (no facilitator plan)');

	if (errors.list.length || !meta || !info || !facilitator) return { lesson: null, errors: errors.list };
	const activityCounts: Lesson['activityCounts'] = {};
	for (const s of screens)
		if (s.kind === 'activity') activityCounts[s.activity.type] = (activityCounts[s.activity.type] ?? 0) + 1;
	return {
		lesson: {
			...meta,
			slug: info.slug,
			order: info.order,
			lang: info.lang,
			path: opts.path,
			activityCounts,
			stepCount: steps,
			screens,
			discuss,
			facilitator,
			...(parents ? { parents } : {})
		},
		errors: []
	};
}

export function guidePathInfo(path: string): { audience: string; order: number; slug: string } | null {
	const m = /^content\/guides\/([a-z]+)\/(\d+)-([a-z0-9-]+)\.md$/.exec(path);
	return m ? { audience: m[1], order: Number(m[2]), slug: m[3] } : null;
}

export function parseGuide(
	source: string,
	opts: ParseOptions
): { guide: Guide | null; errors: ContentError[] } {
	const errors = new Errors(opts.path);
	const info = guidePathInfo(opts.path);
	if (!info)
		errors.add(1, 'tên tệp phải có dạng content/guides/<parents|teachers|glossary>/<số>-<ten>.md (bad file name)');
	const fm = splitFrontmatter(source, errors);
	if (!fm) return { guide: null, errors: errors.list };
	const meta = checkFrontmatter(GuideFrontmatter, fm, errors);
	if (meta && info && meta.audience !== info.audience)
		errors.add(
			fm.keyLines.get('audience') ?? 2,
			`audience "${meta.audience}" không khớp thư mục "${info.audience}" (audience does not match folder)`
		);
	scanUnsafe(fm.lines, errors);
	for (const l of fm.lines)
		if (BLOCK_OPEN.test(l.text.trim()))
			errors.add(l.n, 'tài liệu cho người lớn không dùng khối ":::" (blocks are for lessons)');
	const src = joinText(fm.lines);
	const words = src.split(/\s+/).filter(Boolean).length;
	if (words < 50) errors.add(fm.bodyStart, 'tài liệu quá ngắn (guide body is too short)');
	if (errors.list.length || !meta || !info) return { guide: null, errors: errors.list };
	const body = renderBlock(src, opts);
	const toc = [...body.html.matchAll(/<h2 id="([^"]*)">(.*?)<\/h2>/g)].map((m) => ({
		id: m[1],
		title: htmlToText(m[2])
	}));
	return {
		guide: {
			id: meta.id,
			title: meta.title,
			summary: meta.summary,
			audience: meta.audience,
			slug: info.slug,
			order: info.order,
			// Adults read about 200 Vietnamese words a minute on a phone.
			readingTime: Math.max(1, Math.round(words / 200)),
			path: opts.path,
			body,
			toc
		},
		errors: []
	};
}
