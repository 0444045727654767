// Parser of one instrument file (content/danh-gia/<band>/{a,b,chung}.md). Build time only:
// YAML frontmatter, then `::: kind args` blocks read line by line (each keeps its line, so
// every error names file:line), and the text rendered by the lessons' markdown-it
// (content/markdown.ts). Checks that need both forms are in validate.ts.
import { isMap, LineCounter, parseDocument } from 'yaml';
import { plainInline, renderBlock, renderInline } from '$lib/content/markdown';
import type { Rich } from '$lib/content/types';
import { BANDS, PLATFORMS, type Band, type Platform } from '$lib/content/vocab';
import type {
	ChungInstrument,
	EvalItem,
	FormInstrument,
	Instrument,
	InstrumentError
} from './types';

export interface ParseOptions {
	/** Repository-relative path, e.g. content/danh-gia/6-8/a.md */
	path: string;
	base?: string;
}

interface Line {
	n: number;
	text: string;
}
interface Block {
	kind: string;
	args: string[];
	line: number;
	body: Line[];
}

const ME_NAMES = new Set(['em', 'mình', 'tôi', 'me']);
const BLOCK_OPEN = /^:::\s*([a-z]+)\s*(.*)$/;
const CHOICE_ITEM = /^- \[([ xX])\]\s+(.+)$/;
const FLAG_ITEM = /^- \[([ !])\]\s+(.+)$/;
const SORT_ITEM = /^- \[([^\]]+)\]\s+(.+)$/;
const LIST_ITEM = /^- (\[!\]\s+)?(.+)$/;
const ID_RE = /^dg-(6-8|9-10|11-14|15-17)-(a|b|chung)$/;

class Errors {
	list: InstrumentError[] = [];
	constructor(private path: string) {}
	add(line: number, message: string) {
		this.list.push({ path: this.path, line, message });
	}
}

/** Where the file is: its band folder and its part (a, b or chung). */
export function instrumentPathInfo(path: string): { band: string; part: string } | null {
	const m = /danh-gia\/([^/]+)\/(a|b|chung)\.md$/.exec(path);
	return m ? { band: m[1], part: m[2] } : null;
}

function frontmatter(lines: string[], errors: Errors) {
	if (lines[0]?.trim() !== '---') {
		errors.add(1, 'tệp phải bắt đầu bằng khối "---" (frontmatter is missing)');
		return null;
	}
	const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
	if (end < 0) {
		errors.add(1, 'khối "---" ở đầu tệp chưa được đóng (frontmatter is not closed)');
		return null;
	}
	const counter = new LineCounter();
	const doc = parseDocument(lines.slice(1, end).join('\n'), {
		lineCounter: counter,
		prettyErrors: false
	});
	for (const e of doc.errors)
		errors.add(
			counter.linePos(e.pos[0]).line + 1,
			`lỗi YAML: ${e.message.split('\n')[0]} (YAML error)`
		);
	const keyLines = new Map<string, number>();
	if (isMap(doc.contents))
		for (const item of doc.contents.items) {
			const key = item.key as { value?: unknown; range?: [number, number, number] } | null;
			if (key?.range && typeof key.value === 'string')
				keyLines.set(key.value, counter.linePos(key.range[0]).line + 1);
		}
	const data = doc.errors.length ? null : ((doc.toJS() ?? {}) as Record<string, unknown>);
	return { data, keyLines, end };
}

function blocks(lines: string[], from: number, errors: Errors): Block[] {
	const out: Block[] = [];
	let open: Block | null = null;
	for (let i = from; i < lines.length; i++) {
		const n = i + 1;
		const text = lines[i].trim();
		if (!open) {
			if (!text) continue;
			const m = BLOCK_OPEN.exec(text);
			if (m) open = { kind: m[1], args: m[2].split(/\s+/).filter(Boolean), line: n, body: [] };
			else errors.add(n, `dòng ngoài khối "::: ..." (text outside a block): ${quote(text)}`);
		} else if (text === ':::') {
			out.push(open);
			open = null;
		} else if (BLOCK_OPEN.test(text)) {
			errors.add(open.line, `khối "${open.kind}" chưa được đóng bằng ":::" (block not closed)`);
			i--;
			out.push(open);
			open = null;
		} else if (text) open.body.push({ n, text });
	}
	if (open)
		errors.add(open.line, `khối "${open.kind}" chưa được đóng bằng ":::" (block not closed)`);
	return out;
}

const quote = (s: string, max = 40) => `"${s.length > max ? s.slice(0, max) + '…' : s}"`;

function promptOf(
	body: Line[],
	isItem: (t: string) => boolean,
	base: string
): { prompt: Rich; rest: Line[] } {
	const k = body.findIndex((l) => isItem(l.text));
	const lines = k < 0 ? body : body.slice(0, k);
	return {
		prompt: renderBlock(lines.map((l) => l.text).join('\n\n'), { base }),
		rest: k < 0 ? [] : body.slice(k)
	};
}

const EMPTY: Rich = { html: '', text: '' };

function parseChoice(b: Block, n: number, base: string, errors: Errors): EvalItem | null {
	const { prompt, rest } = promptOf(b.body, (t) => t.startsWith('- '), base);
	if (!prompt.text) errors.add(b.line, 'choice: thiếu câu hỏi (no question)');
	const options = [];
	for (const l of rest) {
		const m = CHOICE_ITEM.exec(l.text);
		if (!m) {
			errors.add(
				l.n,
				`choice: ${quote(l.text)} phải có dạng "- [ ] ..." hoặc "- [x] ..." (expected an option)`
			);
			continue;
		}
		options.push({
			id: `o${options.length + 1}`,
			label: renderInline(m[2], { base }),
			correct: m[1] !== ' ',
			feedback: EMPTY
		});
	}
	const right = options.filter((o) => o.correct).length;
	if (options.length < 2) errors.add(b.line, 'choice: cần ít nhất 2 lựa chọn (needs 2 options)');
	if (right !== 1)
		errors.add(
			b.line,
			`choice: cần đúng một lựa chọn "- [x]", đang có ${right} (exactly one [x] per choice)`
		);
	return {
		n,
		objective: b.args[0] ?? '',
		activity: { id: `i${n}`, type: 'choice', prompt, line: b.line, options, multiple: false }
	};
}

function parseSort(b: Block, n: number, base: string, errors: Errors): EvalItem | null {
	const binLine = b.body.find((l) => /^hộp\s*:/i.test(l.text));
	const body = b.body.filter((l) => l !== binLine);
	const { prompt, rest } = promptOf(body, (t) => t.startsWith('- '), base);
	if (!binLine) {
		errors.add(b.line, 'sort: thiếu dòng "hộp: A | B" (no bins declared)');
		return null;
	}
	const bins = binLine.text
		.replace(/^hộp\s*:/i, '')
		.split('|')
		.map((s) => s.trim())
		.filter(Boolean);
	if (bins.length < 2 || bins.length > 4)
		errors.add(binLine.n, `sort: cần 2-4 hộp, đang có ${bins.length} (2-4 bins)`);
	if (new Set(bins).size !== bins.length)
		errors.add(binLine.n, 'sort: hai hộp trùng tên (duplicate bin)');
	const cards = [];
	for (const l of rest) {
		const m = SORT_ITEM.exec(l.text);
		if (!m) {
			errors.add(
				l.n,
				`sort: ${quote(l.text)} phải có dạng "- [Tên hộp] nội dung" (expected a card)`
			);
			continue;
		}
		const bin = m[1].trim();
		if (!bins.includes(bin))
			errors.add(l.n, `sort: thẻ ghi hộp "${bin}" chưa khai ở dòng "hộp:" (undeclared bin)`);
		cards.push({ id: `c${cards.length + 1}`, text: plainInline(m[2]), bin, why: EMPTY });
	}
	if (cards.length < 2) errors.add(b.line, 'sort: cần ít nhất 2 thẻ (needs 2 cards)');
	return {
		n,
		objective: b.args[0] ?? '',
		activity: { id: `i${n}`, type: 'sort', prompt, line: b.line, bins, cards }
	};
}

function parseRedflag(b: Block, n: number, base: string, errors: Errors): EvalItem | null {
	const [platformArg, objective = ''] = b.args;
	if (!(PLATFORMS as readonly string[]).includes(platformArg ?? ''))
		errors.add(
			b.line,
			`redflag: nền tảng "${platformArg ?? ''}" không hợp lệ; dùng một trong ${PLATFORMS.join(', ')} (unknown platform)`
		);
	const profileLine = b.body.find((l) => /^hồ sơ\s*:/i.test(l.text));
	const body = b.body.filter((l) => l !== profileLine);
	const { prompt, rest } = promptOf(body, (t) => t.startsWith('- '), base);
	let profile: { name: string; bio: string } | undefined;
	if (profileLine) {
		const [name = '', bio = ''] = profileLine.text
			.replace(/^hồ sơ\s*:/i, '')
			.split('|')
			.map((s) => s.trim());
		if (!name) errors.add(profileLine.n, 'redflag: "hồ sơ:" thiếu tên (profile has no name)');
		profile = { name, bio };
	}
	const items = [];
	for (const l of rest) {
		const m = FLAG_ITEM.exec(l.text);
		const msg = m && /^([^:]{1,40}):\s+(.+)$/.exec(m[2]);
		if (!m || !msg) {
			errors.add(
				l.n,
				`redflag: ${quote(l.text)} phải có dạng "- [ ] Tên: nội dung" hoặc "- [!] ..." (expected a message)`
			);
			continue;
		}
		const from = msg[1].trim();
		items.push({
			id: `m${items.length + 1}`,
			from,
			mine: ME_NAMES.has(from.toLowerCase()),
			text: plainInline(msg[2]),
			flag: m[1] === '!',
			why: EMPTY
		});
	}
	if (items.length < 2) errors.add(b.line, 'redflag: cần ít nhất 2 tin nhắn (needs 2 messages)');
	else if (!items.some((i) => i.flag))
		errors.add(b.line, 'redflag: chưa có tin đáng lo "- [!]" (no warning sign)');
	return {
		n,
		objective,
		activity: {
			id: `i${n}`,
			type: 'redflag',
			prompt,
			line: b.line,
			platform: (platformArg ?? 'chat') as Platform,
			profile,
			items
		}
	};
}

const PARSERS = { choice: parseChoice, sort: parseSort, redflag: parseRedflag } as const;

function field(data: Record<string, unknown>, lines: Map<string, number>, errors: Errors) {
	const at = (k: string) => lines.get(k) ?? 1;
	return {
		string(k: string): string {
			const v = data[k];
			if (typeof v === 'string' && v.trim()) return v.trim();
			errors.add(at(k), `thiếu "${k}" hoặc "${k}" không phải chữ (missing ${k})`);
			return '';
		},
		version(): number {
			const v = data.version;
			if (Number.isInteger(v) && (v as number) >= 1) return v as number;
			errors.add(
				at('version'),
				'"version" phải là số nguyên từ 1 trở lên (version must be an integer >= 1)'
			);
			return 1;
		},
		at
	};
}

/** Parse one file. Returns the instrument (possibly with errors) or null when unreadable. */
export function parseInstrument(
	source: string,
	opts: ParseOptions
): { instrument: Instrument | null; errors: InstrumentError[] } {
	const errors = new Errors(opts.path);
	const base = opts.base ?? '';
	const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
	const fm = frontmatter(lines, errors);
	if (!fm?.data) return { instrument: null, errors: errors.list };
	const { data, keyLines } = fm;
	const f = field(data, keyLines, errors);
	const info = instrumentPathInfo(opts.path);
	const id = f.string('id');
	const band = f.string('band') as Band;
	const version = f.version();
	const title = f.string('title');
	const idMatch = ID_RE.exec(id);
	if (id && !idMatch)
		errors.add(f.at('id'), `mã "${id}" phải có dạng dg-<lứa tuổi>-a, -b hoặc -chung (bad id)`);
	if (band && !(BANDS as readonly string[]).includes(band))
		errors.add(
			f.at('band'),
			`"band: ${band}" không phải lứa tuổi hợp lệ (${BANDS.join(', ')}) (unknown band)`
		);
	if (info && band && info.band !== band)
		errors.add(
			f.at('band'),
			`"band: ${band}" khác thư mục "${info.band}" (band differs from its folder)`
		);
	if (idMatch && band && idMatch[1] !== band)
		errors.add(f.at('id'), `mã "${id}" không khớp "band: ${band}" (id differs from band)`);
	if (info && idMatch && idMatch[2] !== info.part)
		errors.add(
			f.at('id'),
			`mã "${id}" không khớp tên tệp ${info.part}.md (id differs from file name)`
		);
	const part = info?.part ?? idMatch?.[2] ?? 'a';
	const body = blocks(lines, fm.end + 1, errors);

	if (part === 'chung')
		return {
			instrument: parseChung(body, { id, band, version, title }, opts, errors),
			errors: errors.list
		};

	const form = data.form;
	const expected = part === 'b' ? 'B' : 'A';
	if (form !== expected)
		errors.add(
			f.at('form'),
			`"form" phải là ${expected} trong ${part}.md (form must be ${expected})`
		);
	const objectives: Record<string, string> = {};
	const raw = data.objectives;
	if (!raw || typeof raw !== 'object' || Array.isArray(raw) || !Object.keys(raw).length)
		errors.add(
			f.at('objectives'),
			'thiếu "objectives": danh sách mã mục tiêu (missing objectives)'
		);
	else
		for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
			if (!/^[a-z0-9-]+$/.test(k))
				errors.add(
					f.at('objectives'),
					`mã mục tiêu "${k}" chỉ dùng a-z, 0-9 và "-" (bad objective code)`
				);
			if (typeof v !== 'string' || !v.trim())
				errors.add(f.at('objectives'), `mục tiêu "${k}" thiếu lời mô tả (objective has no text)`);
			objectives[k] = String(v ?? '').trim();
		}
	const items: EvalItem[] = [];
	for (const b of body) {
		const parse = PARSERS[b.kind as keyof typeof PARSERS];
		if (!parse) {
			errors.add(
				b.line,
				`khối "${b.kind}" không dùng được trong phiếu; dùng choice, sort hoặc redflag (unknown block)`
			);
			continue;
		}
		const item = parse(b, items.length + 1, base, errors);
		if (!item) continue;
		if (!item.objective)
			errors.add(b.line, `${b.kind}: thiếu mã mục tiêu sau tên khối (no objective)`);
		else if (!(item.objective in objectives))
			errors.add(
				b.line,
				`${b.kind}: mục tiêu "${item.objective}" chưa khai trong "objectives" (undeclared objective)`
			);
		items.push(item);
	}
	if (!items.length) errors.add(fm.end + 1, 'phiếu chưa có câu hỏi nào (no items)');
	const used = new Set(items.map((i) => i.objective));
	for (const k of Object.keys(objectives))
		if (!used.has(k))
			errors.add(
				f.at('objectives'),
				`mục tiêu "${k}" không có câu hỏi nào đo (objective has no item)`
			);
	const instrument: FormInstrument = {
		kind: 'form',
		id,
		band,
		form: expected,
		version,
		title,
		objectives,
		items,
		path: opts.path
	};
	return { instrument, errors: errors.list };
}

function parseChung(
	body: Block[],
	head: { id: string; band: Band; version: number; title: string },
	opts: ParseOptions,
	errors: Errors
): ChungInstrument | null {
	const base = opts.base ?? '';
	const of = (kind: string) => body.filter((b) => b.kind === kind);
	for (const b of body)
		if (!['confidence', 'worry', 'list'].includes(b.kind))
			errors.add(
				b.line,
				`khối "${b.kind}" không dùng được trong phần chung; dùng confidence, worry, list (unknown block)`
			);
	for (const kind of ['confidence', 'worry', 'list'])
		if (of(kind).length > 1)
			errors.add(of(kind)[1].line, `phần chung chỉ có một khối "${kind}" (one ${kind} block)`);
	const [conf] = of('confidence');
	const [worry] = of('worry');
	const [list] = of('list');
	const line1 = body[0]?.line ?? 1;
	if (!conf) errors.add(line1, 'phần chung thiếu khối "confidence" (no confidence block)');
	if (!worry) errors.add(line1, 'phần chung thiếu khối "worry" (no worry block)');
	const teen = head.band === '11-14' || head.band === '15-17';
	if (teen && !list)
		errors.add(line1, `lứa tuổi ${head.band} cần một khối "list" (list experiment required)`);
	if (!teen && list)
		errors.add(list.line, `lứa tuổi ${head.band} không dùng câu danh sách (no list for under 11)`);

	let confidence: ChungInstrument['confidence'] = { prompt: EMPTY, statements: [], line: line1 };
	if (conf) {
		const { prompt, rest } = promptOf(conf.body, (t) => t.startsWith('- '), base);
		const statements = rest.map((l) => {
			if (!l.text.startsWith('- ') || /^- \[/.test(l.text))
				errors.add(l.n, `confidence: ${quote(l.text)} phải có dạng "- câu" (expected a statement)`);
			return renderInline(l.text.replace(/^- /, ''), { base });
		});
		if (statements.length < 3 || statements.length > 4)
			errors.add(
				conf.line,
				`confidence: cần 3-4 câu, đang có ${statements.length} (3-4 statements)`
			);
		confidence = { prompt, statements, line: conf.line };
	}
	const worryPrompt = worry
		? renderBlock(worry.body.map((l) => l.text).join('\n\n'), { base })
		: EMPTY;
	if (worry && !worryPrompt.text) errors.add(worry.line, 'worry: thiếu câu hỏi (no question)');

	let listOut: ChungInstrument['list'];
	if (list) {
		const { prompt, rest } = promptOf(list.body, (t) => t.startsWith('- '), base);
		const statements = rest.map((l) => {
			const m = LIST_ITEM.exec(l.text);
			if (!m || /^\[[ xX]\]/.test(m[2]))
				errors.add(
					l.n,
					`list: ${quote(l.text)} phải có dạng "- câu" hoặc "- [!] câu" (expected a statement)`
				);
			return { text: renderInline(m?.[2] ?? l.text, { base }), sensitive: !!m?.[1] };
		});
		const sensitive = statements.filter((s) => s.sensitive).length;
		const ordinary = statements.length - sensitive;
		if (sensitive !== 1)
			errors.add(
				list.line,
				`list: cần đúng một câu "- [!]", đang có ${sensitive} (exactly one [!] in a list)`
			);
		if (ordinary < 3 || ordinary > 5)
			errors.add(
				list.line,
				`list: cần 3-5 câu bình thường, đang có ${ordinary} (3-5 ordinary statements)`
			);
		if (!prompt.text) errors.add(list.line, 'list: thiếu câu hỏi (no question)');
		listOut = { prompt, statements, line: list.line };
	}
	return {
		kind: 'chung',
		...head,
		confidence,
		worry: { prompt: worryPrompt, line: worry?.line ?? line1 },
		list: listOut,
		path: opts.path
	};
}
