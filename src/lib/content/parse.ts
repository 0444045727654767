// Parses one lesson or guide file into typed data. Pure: no file system, no DOM, no `node:`
// import, so the lesson studio can run it in a browser. The file is parsed once by
// markdown-it (with markdown-it-container for the `::: type` blocks); blocks.ts walks the
// tokens and activities/*.ts hold the rules of each activity. Every problem becomes a
// ContentError with the file's line number; parsing goes on after an error so an author
// sees all of them at once.
import type { Token } from 'markdown-it';
import * as v from 'valibot';
import { parseChat } from './activities/chat';
import { parseChoice } from './activities/choice';
import { parseRedflag } from './activities/redflag';
import { parseSettings } from './activities/settings';
import { parseSort } from './activities/sort';
import {
	Errors,
	isEmpty,
	linesOf,
	listItems,
	readBlocks,
	rich,
	takeLines,
	topLevel,
	type Block,
	type Ctx
} from './blocks';
import { checkFrontmatter, splitFrontmatter, type Frontmatter } from './frontmatter';
import { md, plainInline, renderTokens, slugify, tokensText, type RenderEnv } from './markdown';
import { ActivitySchema, GuideFrontmatter, LessonFrontmatter } from './schema';
import type { Activity, ContentError, Guide, Image, Lesson, Rich, Screen, Step } from './types';
import { ACTIVITY_TYPES, type ActivityType } from './vocab';

export interface ParseOptions extends RenderEnv {
	/** Repository-relative path, used in every error message. */
	path: string;
	/** Tells whether a referenced image exists; relative to the site root ('/illustrations/x.svg'). */
	imageExists?: (src: string) => boolean;
}

const RAW_HTML = /<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>|<!--/;
// An inline link or image `](x:`, a reference definition `[a]: x:` or an autolink `<x:`;
// and a script scheme anywhere, for links hidden by entities (`&#106;avascript:`) or
// split by markdown-it's own unescaping. Checked on the line with entities decoded.
const BAD_SCHEME = /(\]\(\s*<?|^\s*\[[^\]]+\]:\s*<?|<)\s*(javascript|vbscript|data|file):/i;
const SCRIPT_SCHEME = /(javascript|vbscript)\s*:/i;
const codePoint = (n: number) => (n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '');
const decodeEntities = (s: string) =>
	s
		.replace(/&#x([0-9a-f]{1,6});?/gi, (_, h: string) => codePoint(parseInt(h, 16)))
		.replace(/&#([0-9]{1,7});?/g, (_, d: string) => codePoint(Number(d)))
		.replace(/&colon;/gi, ':')
		.replace(/&(tab|newline);|\\/gi, '');
const IMAGE_LINE = /^!\[([^\]]*)\]\(\s*([^)\s]+)\s*\)\s*$/;

const ACTIVITY_PARSERS: Record<ActivityType, (b: Block, id: string, ctx: Ctx) => Activity | null> = {
	choice: parseChoice,
	chat: parseChat,
	redflag: parseRedflag,
	sort: parseSort,
	settings: parseSettings
};

/** The body parsed once; the frontmatter lines are blank so token lines are file lines. */
function parseBody(fm: Frontmatter, env: RenderEnv): Token[] {
	const body = '\n'.repeat(fm.bodyStart) + fm.lines.slice(fm.bodyStart).join('\n');
	return md.parse(body, { ...env });
}

function env(opts: ParseOptions): RenderEnv {
	return { base: opts.base };
}

function parseStep(block: Block, ctx: Ctx, opts: ParseOptions): Step {
	const { errors } = ctx;
	if (!block.arg) errors.add(block.line, 'step: thiếu tiêu đề sau "::: step" (step has no title)');
	// The first line that is only a picture becomes the step's picture.
	let picked = false;
	const { tokens, taken } = takeLines(
		block.tokens,
		(text) => !picked && (picked = IMAGE_LINE.test(text)),
		ctx.env
	);
	let image: Image | undefined;
	for (const { n, text } of taken) {
		const [, alt, src] = IMAGE_LINE.exec(text)!;
		if (!alt.trim()) errors.add(n, 'hình thiếu lời mô tả trong ![...] (image has no text alternative)');
		if (!src.startsWith('/illustrations/'))
			errors.add(n, `hình "${src}" phải nằm trong /illustrations/ (image must be in static/illustrations)`);
		else if (opts.imageExists && !opts.imageExists(src))
			errors.add(n, `không tìm thấy hình "${src}" (image not found)`);
		image = { src: opts.base + src, alt: alt.trim() };
	}
	if (isEmpty(tokens)) errors.add(block.line, 'step: bước học đang trống (step is empty)');
	return { kind: 'step', title: plainInline(block.arg), body: rich(tokens, ctx), ...(image ? { image } : {}) };
}

function parseDiscuss(block: Block, ctx: Ctx, out: string[]) {
	const oneLine = 'discuss: mỗi câu hỏi là một dòng "- ..." (one question per "- " line)';
	for (const [i, end] of topLevel(block.tokens)) {
		const t = block.tokens[i];
		if (t.type !== 'bullet_list_open') {
			for (const l of linesOf(t, ctx)) ctx.errors.add(l.n, oneLine);
			continue;
		}
		for (const item of listItems(block.tokens.slice(i, end), ctx, 'discuss'))
			if (item.text) out.push(plainInline(item.text));
			else ctx.errors.add(item.line, oneLine);
	}
}

/**
 * Raw HTML and unsafe links, line by line outside code: markdown-it would escape the
 * first and drop the second, but an author must hear that the lesson does not say what
 * they wrote. Code (fences, indented code, `backticks`) shows such text as text.
 */
function scanUnsafe(fm: Frontmatter, tokens: Token[], errors: Errors) {
	const code = new Set<number>();
	for (const t of tokens)
		if ((t.type === 'fence' || t.type === 'code_block') && t.map)
			for (let i = t.map[0]; i < t.map[1]; i++) code.add(i);
	for (let i = fm.bodyStart; i < fm.lines.length; i++) {
		if (code.has(i)) continue;
		const text = fm.lines[i].replace(/`[^`]*`/g, '');
		if (RAW_HTML.test(text))
			errors.add(i + 1, 'không được dùng HTML trong bài; hãy dùng Markdown (raw HTML is not allowed)');
		const decoded = decodeEntities(text);
		if (BAD_SCHEME.test(decoded) || SCRIPT_SCHEME.test(decoded))
			errors.add(i + 1, 'liên kết không an toàn (javascript:, data:...) (unsafe link)');
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
	const info = lessonPathInfo(opts.path);
	if (!info)
		errors.add(
			1,
			'tên tệp phải có dạng content/<lứa tuổi>/<số>-<ten-bai>.md, ví dụ content/6-8/01-co-the-em.md (bad file name)'
		);
	const fm = splitFrontmatter(source, errors);
	if (!fm) return { lesson: null, errors: errors.list };
	const ctx: Ctx = { errors, env: env(opts), lines: fm.lines };
	const meta = checkFrontmatter(LessonFrontmatter, fm, errors);
	if (meta && info && meta.band !== info.band)
		errors.add(
			fm.keyLines.get('band') ?? 2,
			`band "${meta.band}" không khớp thư mục "${info.band}" (band does not match folder)`
		);
	const tokens = parseBody(fm, ctx.env);
	scanUnsafe(fm, tokens, errors);

	const screens: Screen[] = [];
	const discuss: string[] = [];
	let facilitator: Rich | null = null;
	let parents: Rich | undefined;
	let activityNo = 0;
	for (const block of readBlocks(tokens, ctx)) {
		if ((ACTIVITY_TYPES as readonly string[]).includes(block.type)) {
			activityNo++;
			const before = errors.list.length;
			const activity = ACTIVITY_PARSERS[block.type as ActivityType](block, `a${activityNo}`, ctx);
			if (activity) {
				// The whole compiled shape, against the schema the types come from: a net for a
				// parser bug, silent when the author has already been told what is wrong.
				const shape = v.safeParse(ActivitySchema, activity);
				if (!shape.success && errors.list.length === before)
					errors.add(block.line, `${block.type}: dữ liệu không hợp lệ (${shape.issues[0].message})`);
				screens.push({ kind: 'activity', activity });
			}
			continue;
		}
		switch (block.type) {
			case 'step':
				screens.push(parseStep(block, ctx, opts));
				break;
			case 'discuss':
				parseDiscuss(block, ctx, discuss);
				break;
			case 'facilitator':
				if (facilitator) errors.add(block.line, 'chỉ được có một khối facilitator (duplicate block)');
				facilitator = rich(block.tokens, ctx);
				if (!facilitator.text)
					errors.add(block.line, 'facilitator: kế hoạch buổi học đang trống (empty)');
				break;
			case 'parents':
				if (parents) errors.add(block.line, 'chỉ được có một khối parents (duplicate block)');
				parents = rich(block.tokens, ctx);
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
	const tokens = parseBody(fm, env(opts));
	scanUnsafe(fm, tokens, errors);
	for (const t of tokens)
		if (t.type === 'container_block_open')
			errors.add(t.map![0] + 1, 'tài liệu cho người lớn không dùng khối ":::" (blocks are for lessons)');
	const words = fm.lines.slice(fm.bodyStart).join('\n').split(/\s+/).filter(Boolean).length;
	if (words < 50) errors.add(fm.bodyStart, 'tài liệu quá ngắn (guide body is too short)');
	if (errors.list.length || !meta || !info) return { guide: null, errors: errors.list };
	// The table of contents from the level-2 heading tokens (markdown.ts gives them ids).
	const toc = tokens.flatMap((t, i) =>
		t.type === 'heading_open' && t.tag === 'h2'
			? [{ id: slugify(tokens[i + 1].content), title: tokensText([tokens[i + 1]]) }]
			: []
	);
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
			body: renderTokens(tokens, env(opts)),
			toc
		},
		errors: []
	};
}
