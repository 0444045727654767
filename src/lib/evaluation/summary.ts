// The summary file (content/danh-gia/README.md §8): what leaves a device after the
// effectiveness check, and what a coordinator imports. One module for both sides, so the
// builder on the tablet and the checker on the coordinator's phone cannot drift apart: the
// valibot schemas (strict: any key not listed here is refused, so nothing that could name a
// child slips in), the types inferred from them, canonical JSON, the SHA-256 checksum
// (crypto.subtle, the same code in the browser and in vitest), build, validate with its ten
// refusals, and the QR frames.
//
// Two versions of the file hold the same thing and differ only in how counts are written.
// Version 1 wrote one object per count ({"leaf","wave","form","option","n"}, about 70 bytes
// each): a class of 40 on the real forms over three waves came to 34-51 KB. Version 2, written
// since, nests them by leaf, then cell ("pre.A", or "pre.A.long" on a list leaf), then option,
// {"dg-6-8-a.1":{"pre.A":{"o1":12,"o2":8}}}, about 8 bytes a count: 8-10 KB for that class. A
// coordinator still reads version 1 files and keeps them as they came (the checksum is over
// the file's own bytes). In memory both are the same Summary, counts as a sorted list of rows.
import * as v from 'valibot';
import { BANDS, type Band } from '../content/bands';

export const SUMMARY_FORMAT = 'khien-nho/danh-gia';
/** The version a device writes; every version up to it is read. */
export const SUMMARY_VERSION = 2;
/** A file above this is refused unread (a class file is about 10 KB). */
export const MAX_SUMMARY_BYTES = 200_000;
/** What a class file (40 children, three waves, the real forms) stays under. */
export const CLASS_SUMMARY_BYTES = 20_000;
export const WAVES = ['pre', 'post', 'delayed'] as const;
export const FORMS = ['A', 'B'] as const;
export const ARMS = ['short', 'long'] as const;
export type Wave = (typeof WAVES)[number];
export type Form = (typeof FORMS)[number];
export type Arm = (typeof ARMS)[number];
/** The option every leaf has: the child went on without answering. */
export const SKIP = 'skip';
/** At most this many counts in a file, whatever its version. */
const MAX_COUNTS = 20_000;

// --- the schema ------------------------------------------------------------------------
// Messages are markers read by classify() below, never shown as they are.
const COUNT = 'count';
const PRIVATE = 'private';

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar day and nothing finer; "2026-11-20T08:00" is refused as private. */
function isDay(s: string): boolean {
	if (!DAY_RE.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
const Day = v.pipe(
	v.string(),
	v.check((s) => !/\d[T ]\d|:\d\d/.test(s), PRIVATE),
	v.check(isDay)
);
const Count = v.pipe(v.number(), v.integer(COUNT), v.minValue(0, COUNT), v.maxValue(1_000_000));
const Small = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));
const InstrumentId = v.pipe(v.string(), v.regex(/^dg-(6-8|9-10|11-14|15-17)-(a|b|chung)$/));
const LeafId = v.pipe(
	v.string(),
	v.maxLength(40),
	v.regex(/^dg-(6-8|9-10|11-14|15-17)-(a|b|chung)\.(\d+(\.\d+)?|c\d+|w|l)$/)
);
const OptionKey = v.pipe(v.string(), v.regex(/^(o\d+|b\d+|flag|pass|\d+|skip)$/));
const LessonRef = v.pipe(
	v.string(),
	v.maxLength(80),
	v.regex(/^(6-8|9-10|11-14|15-17)\/[a-z0-9-]+$/)
);

/** Strict objects: an extra key is refused as a field that could name a child. */
const strict = <E extends v.ObjectEntries>(entries: E) => v.strictObject(entries, PRIVATE);

export const TakersSchema = strict({
	wave: v.picklist(WAVES),
	form: v.picklist(FORMS),
	n: Count
});

/** One count as a row: version 1's file, and every version in memory. */
export const CountSchema = strict({
	leaf: LeafId,
	wave: v.picklist(WAVES),
	form: v.picklist(FORMS),
	/** Only on a list-experiment leaf (`<chung id>.l`): which list the child saw. */
	arm: v.optional(v.picklist(ARMS)),
	option: OptionKey,
	n: Count
});

/** Version 2's counts: leaf -> cell ("pre.A", "post.B.long") -> option -> n. */
const CELL_RE = /^(pre|post|delayed)\.(A|B)(\.(short|long))?$/;
const NestedCounts = v.pipe(
	v.record(LeafId, v.record(v.pipe(v.string(), v.regex(CELL_RE)), v.record(OptionKey, Count))),
	v.check(
		(r) =>
			Object.values(r).reduce(
				(n, cells) => Object.values(cells).reduce((m, o) => m + Object.keys(o).length, n),
				0
			) <= MAX_COUNTS
	)
);

export const SessionSchema = strict({
	date: Day,
	minutes: v.pipe(Small, v.maxValue(24 * 60)),
	lessons: v.pipe(v.array(LessonRef), v.maxLength(60)),
	children: Small
});

const Common = {
	format: v.literal(SUMMARY_FORMAT),
	/** Made once per group on the device: 8 characters a-z 0-9, random. */
	round: v.pipe(v.string(), v.regex(/^[a-z0-9]{8}$/)),
	/** +1 at each export of that group; a later revision replaces an earlier one. */
	revision: v.pipe(v.number(), v.integer(), v.minValue(1)),
	exported: Day,
	group: strict({
		/** School and class as the adult typed it (never a child's name: the form says so). */
		label: v.pipe(
			v.string(),
			v.minLength(1),
			v.maxLength(80),
			v.check((l) => l.trim() === l)
		),
		band: v.picklist(BANDS)
	}),
	/** Instrument id -> content version. */
	instruments: v.pipe(
		v.record(InstrumentId, v.pipe(v.number(), v.integer(), v.minValue(1))),
		v.check((r) => Object.keys(r).length > 0)
	),
	takers: v.pipe(v.array(TakersSchema), v.maxLength(6)),
	sessions: v.pipe(v.array(SessionSchema), v.maxLength(500))
};
const Checksum = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
const Rows = v.pipe(v.array(CountSchema), v.maxLength(MAX_COUNTS));

/** The files as they are written, one schema per version. */
const FileV1 = strict({ ...Common, version: v.literal(1), counts: Rows, checksum: Checksum });
const FileV2 = strict({
	...Common,
	version: v.literal(2),
	counts: NestedCounts,
	checksum: Checksum
});
/** In memory: counts as rows, whatever version the file was. */
const Unsigned = strict({ ...Common, version: v.picklist([1, 2] as const), counts: Rows });

export type Summary = v.InferOutput<typeof Unsigned> & { checksum: string };
export type SummaryCount = v.InferOutput<typeof CountSchema>;
export type SummaryTakers = v.InferOutput<typeof TakersSchema>;
export type SummarySession = v.InferOutput<typeof SessionSchema>;
/** What the device hands to buildSummary(): the file without format, version and checksum. */
export type SummaryInput = Omit<v.InferInput<typeof Unsigned>, 'format' | 'version'>;

// --- canonical JSON and the checksum ---------------------------------------------------

/** Keys sorted, no whitespace, arrays in the order given. */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') {
		if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('not finite');
		return JSON.stringify(value);
	}
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	const obj = value as Record<string, unknown>;
	const keys = Object.keys(obj)
		.filter((k) => obj[k] !== undefined)
		.sort();
	return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

const hex = (buf: ArrayBuffer) =>
	[...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 (hex) of the canonical JSON of the file without its checksum field. */
export async function checksumOf(file: object): Promise<string> {
	const rest: Record<string, unknown> = { ...(file as Record<string, unknown>) };
	delete rest.checksum;
	const bytes = new TextEncoder().encode(canonicalJson(rest));
	return hex(await globalThis.crypto.subtle.digest('SHA-256', bytes));
}

// --- order -----------------------------------------------------------------------------

/** "dg-6-8-a.10" after "dg-6-8-a.2", "o10" after "o2": digits compare as numbers. */
export function compareKeys(a: string, b: string): number {
	const re = /(\d+)|(\D+)/g;
	const pa = a.match(re) ?? [];
	const pb = b.match(re) ?? [];
	for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
		const x = pa[i];
		const y = pb[i];
		if (x === y) continue;
		const nx = /^\d/.test(x);
		const ny = /^\d/.test(y);
		if (nx && ny) return Number(x) - Number(y) || x.length - y.length;
		return x < y ? -1 : 1;
	}
	return pa.length - pb.length;
}
const ARM_ORDER = { none: 0, short: 1, long: 2 };
const byCount = (a: SummaryCount, b: SummaryCount) =>
	compareKeys(a.leaf, b.leaf) ||
	WAVES.indexOf(a.wave) - WAVES.indexOf(b.wave) ||
	(a.form < b.form ? -1 : a.form > b.form ? 1 : 0) ||
	ARM_ORDER[a.arm ?? 'none'] - ARM_ORDER[b.arm ?? 'none'] ||
	compareKeys(a.option, b.option);
const byTakers = (a: SummaryTakers, b: SummaryTakers) =>
	WAVES.indexOf(a.wave) - WAVES.indexOf(b.wave) || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0);

// --- the two shapes of counts ------------------------------------------------------------

type Nested = Record<string, Record<string, Record<string, number>>>;

function nest(rows: readonly SummaryCount[]): Nested {
	const out: Nested = {};
	for (const c of rows) {
		const cell = `${c.wave}.${c.form}${c.arm ? `.${c.arm}` : ''}`;
		((out[c.leaf] ??= {})[cell] ??= {})[c.option] = c.n;
	}
	return out;
}

const cellOrder = (cell: string) => {
	const [wave, form, arm] = cell.split('.');
	return (
		WAVES.indexOf(wave as Wave) * 6 +
		FORMS.indexOf(form as Form) * 3 +
		ARM_ORDER[(arm as Arm) ?? 'none']
	);
};

/**
 * Rows from version 2's counts (the cell keys were checked by the schema), in byCount's
 * order: leaves, cells and options are each sorted in their own short list, which for a
 * class file is several times faster than sorting its 700 rows (1,000 files on import).
 */
function unnest(nested: Nested): SummaryCount[] {
	const rows: SummaryCount[] = [];
	for (const leaf of Object.keys(nested).sort(compareKeys)) {
		const cells = nested[leaf];
		for (const cell of Object.keys(cells).sort((a, b) => cellOrder(a) - cellOrder(b))) {
			const [wave, form, arm] = cell.split('.') as [Wave, Form, Arm | undefined];
			const options = cells[cell];
			for (const option of Object.keys(options).sort(compareKeys)) {
				const n = options[option];
				if (n > 0)
					rows.push(arm ? { leaf, wave, form, arm, option, n } : { leaf, wave, form, option, n });
			}
		}
	}
	return rows;
}

/** The object written to the file, in the summary's own version. */
function fileOf(s: Omit<Summary, 'checksum'> & { checksum?: string }): object {
	return s.version === 1 ? s : { ...s, counts: nest(s.counts) };
}

// --- build -----------------------------------------------------------------------------

/**
 * Make the file the device exports (the current version): counts and takers sorted, zero
 * counts dropped, the checksum computed over the file as written. Throws if the input is
 * not a valid file (a bug on the device, never the child's doing).
 */
export async function buildSummary(input: SummaryInput): Promise<Summary> {
	const body = {
		...input,
		format: SUMMARY_FORMAT,
		version: SUMMARY_VERSION,
		takers: [...input.takers].sort(byTakers),
		counts: input.counts.filter((c) => c.n > 0).sort(byCount)
	};
	const parsed = v.safeParse(Unsigned, body);
	if (!parsed.success)
		throw new Error(`summary: ${parsed.issues.map((i) => v.getDotPath(i)).join(', ')}`);
	return { ...parsed.output, checksum: await checksumOf(fileOf(parsed.output)) };
}

/** The bytes of the file: its canonical JSON (checksum included), in its own version. */
export const serializeSummary = (summary: Summary): string => canonicalJson(fileOf(summary));

/**
 * A kept file read back (it was checked when it came in): version 2's counts as rows.
 * Not a check: a file from outside goes through validateSummary().
 */
export function readSummary(text: string): Summary {
	return summaryOf(JSON.parse(text));
}

/** A file of either version as the in-memory Summary: version 2's counts as rows. */
function summaryOf(file: Summary | (Omit<Summary, 'counts'> & { counts: Nested })): Summary {
	return Array.isArray(file.counts)
		? (file as Summary)
		: { ...file, counts: unnest(file.counts as Nested) };
}

/** A file name that says what it is and sorts well: danh-gia-6-8-k3f9q2xa-r3.json */
export const summaryFileName = (s: Summary) =>
	`danh-gia-${s.group.band}-${s.round}-r${s.revision}.json`;

// --- validate --------------------------------------------------------------------------

export const REFUSALS = [
	'empty',
	'tooLarge',
	'notJson',
	'foreign',
	'newerVersion',
	'schema',
	'private',
	'badCount',
	'tampered',
	'unknownLeaf',
	'aboveTakers'
] as const;
export type RefusalKind = (typeof REFUSALS)[number];

/** What the coordinator reads next to a refused file (the app's adult voice, Vietnamese). */
export const REFUSAL_MESSAGES: Record<RefusalKind, string> = {
	empty: 'Tệp trống, không có gì để nhập.',
	tooLarge: 'Tệp quá lớn (trên 200 KB): đây không phải tệp tổng hợp của một nhóm.',
	notJson: 'Tệp không đọc được: không phải tệp JSON, hoặc tệp bị cắt dở.',
	foreign: 'Đây không phải tệp tổng hợp đánh giá của Khiên Nhỏ.',
	newerVersion:
		'Tệp được tạo bằng phiên bản mới hơn của Khiên Nhỏ. Hãy cập nhật ứng dụng trên máy này rồi nhập lại.',
	schema: 'Tệp thiếu mục hoặc có mục sai kiểu, nên không đọc được.',
	private:
		'Tệp có thông tin không được phép rời khỏi máy: giờ phút, hoặc một mục có thể cho biết tên một em. Tệp bị từ chối để bảo vệ các em.',
	badCount: 'Tệp có số đếm âm hoặc không phải số nguyên.',
	tampered: 'Mã kiểm tra không khớp: tệp đã bị sửa sau khi xuất, hoặc bị hỏng khi chép.',
	unknownLeaf: 'Tệp có câu hỏi hoặc lựa chọn không có trong sổ mã của phiên bản bộ câu hỏi đó.',
	aboveTakers: 'Tệp có số đếm lớn hơn số em đã làm phiếu.'
};
/** The import's own refusal (not a property of one file): see content/danh-gia/README.md §8. */
export const CONFLICT_MESSAGE =
	'Hai tệp khác nhau cùng số hiệu (cùng đợt tổng hợp, cùng lần xuất).';

/**
 * What validation needs from the codebook: for an instrument at a version, its leaves and
 * each leaf's option keys (`skip` is always allowed). Build it with leafIndex() from the
 * codebook rows (`/thay-co/danh-gia/codebook.json`).
 */
export type LeafIndex = Map<string, Map<string, Set<string>>>;
export interface CodebookLeafRef {
	id: string;
	instrument: string;
	version: number;
	options: { key: string }[];
}
export const instrumentKey = (id: string, version: number) => `${id}@${version}`;
export function leafIndex(leaves: readonly CodebookLeafRef[]): LeafIndex {
	const index: LeafIndex = new Map();
	for (const l of leaves) {
		const key = instrumentKey(l.instrument, l.version);
		if (!index.has(key)) index.set(key, new Map());
		index.get(key)!.set(l.id, new Set([...l.options.map((o) => o.key), SKIP]));
	}
	return index;
}

export type Validated =
	/** `text`: the file as it came (without a BOM), kept as it is: its checksum holds. */
	| { ok: true; summary: Summary; bytes: number; text: string }
	| { ok: false; kind: RefusalKind; message: string; detail?: string };

const refuse = (kind: RefusalKind, detail?: string): Validated => ({
	ok: false,
	kind,
	message: REFUSAL_MESSAGES[kind],
	detail
});

/** An extra key or a time of day: a strict object's missing key is only a wrong shape. */
const isPrivate = (i: v.BaseIssue<unknown>) => i.message === PRIVATE && i.received !== 'undefined';

function classify(issues: v.BaseIssue<unknown>[]): Validated {
	const paths = (pred: (i: v.BaseIssue<unknown>) => boolean) =>
		issues
			.filter(pred)
			.slice(0, 5)
			.map((i) => v.getDotPath(i) ?? '')
			.join(', ');
	if (issues.some(isPrivate)) return refuse('private', paths(isPrivate));
	const count = (i: v.BaseIssue<unknown>) => i.message === COUNT;
	if (issues.some(count)) return refuse('badCount', paths(count));
	return refuse(
		'schema',
		paths(() => true)
	);
}

const instrumentOf = (leaf: string) => leaf.slice(0, leaf.indexOf('.'));

/** Leaves and options that the file's instrument versions have, a list arm only on `.l`. */
function checkLeaves(s: Summary, codebook: LeafIndex | undefined): string | null {
	for (const id of Object.keys(s.instruments)) if (!id.startsWith(`dg-${s.group.band}-`)) return id;
	for (const c of s.counts) {
		const inst = instrumentOf(c.leaf);
		const version = s.instruments[inst];
		const isList = c.leaf.endsWith('.l');
		if (version === undefined || isList !== (c.arm !== undefined)) return c.leaf;
		if (!codebook) continue;
		const options = codebook.get(instrumentKey(inst, version))?.get(c.leaf);
		if (!options || !options.has(c.option)) return `${c.leaf} ${c.option}`;
	}
	return null;
}

/** No count, and no leaf's answers together, above the children who opened that form. */
function checkTakers(s: Summary): string | null {
	const takers = new Map<string, number>();
	for (const t of s.takers) {
		const k = `${t.wave}|${t.form}`;
		if (takers.has(k)) return `takers ${k}`;
		takers.set(k, t.n);
	}
	const sums = new Map<string, number>();
	for (const c of s.counts) {
		const max = takers.get(`${c.wave}|${c.form}`) ?? 0;
		const k = `${c.leaf}|${c.wave}|${c.form}|${c.arm ?? ''}`;
		const sum = (sums.get(k) ?? 0) + c.n;
		if (c.n > max || sum > max) return `${c.leaf} ${c.wave} ${c.form}`;
		sums.set(k, sum);
	}
	return null;
}

/**
 * Check a file completely before anything is kept. The order matters: cheap refusals
 * first, the checksum after the shape (so "tampered" means the bytes changed), then what
 * needs the codebook. Without a codebook the leaf ids are checked for shape only.
 */
export async function validateSummary(text: string, codebook?: LeafIndex): Promise<Validated> {
	if (typeof text !== 'string') return refuse('empty');
	text = text.replace(/^\uFEFF/, '');
	if (!text.trim()) return refuse('empty');
	const bytes = new TextEncoder().encode(text).length;
	if (bytes > MAX_SUMMARY_BYTES) return refuse('tooLarge', `${Math.round(bytes / 1000)} KB`);
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return refuse('notJson');
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return refuse('foreign');
	const head = data as Record<string, unknown>;
	if (head.format !== SUMMARY_FORMAT) return refuse('foreign');
	if (typeof head.version === 'number' && head.version > SUMMARY_VERSION)
		return refuse('newerVersion', String(head.version));
	const schema = head.version === 1 ? FileV1 : FileV2;
	const parsed = v.safeParse(schema, data, { abortEarly: false });
	if (!parsed.success) return classify(parsed.issues);
	// Over the data as it came: any changed value shows.
	if ((await checksumOf(data)) !== parsed.output.checksum) return refuse('tampered');
	const summary = summaryOf(parsed.output);
	const leaf = checkLeaves(summary, codebook);
	if (leaf) return refuse('unknownLeaf', leaf);
	const above = checkTakers(summary);
	if (above) return refuse('aboveTakers', above);
	return { ok: true, summary, bytes, text };
}

// --- QR frames -------------------------------------------------------------------------
// KN1/<round>/<revision>/<i>/<n>/<chunk>: the canonical JSON's UTF-8 bytes in base64url,
// split into n chunks of at most 700 characters, i from 1. The device cycles the frames as
// an animated code; the scanner collects them in any order.

export const FRAME_CHUNK = 700;
const FRAME_RE = /^KN1\/([a-z0-9]{8})\/(\d{1,6})\/(\d{1,4})\/(\d{1,4})\/([A-Za-z0-9_-]+)$/;

function toBase64Url(bytes: Uint8Array): string {
	let bin = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function fromBase64Url(text: string): Uint8Array {
	const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
	const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
	return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export function encodeFrames(summary: Summary): string[] {
	const payload = toBase64Url(new TextEncoder().encode(serializeSummary(summary)));
	const n = Math.max(1, Math.ceil(payload.length / FRAME_CHUNK));
	return Array.from(
		{ length: n },
		(_, i) =>
			`KN1/${summary.round}/${summary.revision}/${i + 1}/${n}/${payload.slice(i * FRAME_CHUNK, (i + 1) * FRAME_CHUNK)}`
	);
}

export interface Frame {
	round: string;
	revision: number;
	i: number;
	n: number;
	chunk: string;
}
export function parseFrame(text: string): Frame | null {
	const m = FRAME_RE.exec(text.trim());
	if (!m) return null;
	const [i, n] = [Number(m[3]), Number(m[4])];
	if (i < 1 || n < 1 || i > n || m[5].length > FRAME_CHUNK) return null;
	return { round: m[1], revision: Number(m[2]), i, n, chunk: m[5] };
}

export type FrameProgress =
	| { status: 'ignored' }
	| { status: 'collecting'; key: string; have: number; total: number; fresh: boolean }
	| { status: 'complete'; key: string; text: string };

/**
 * Gathers the frames of animated codes: any order, repeats ignored, several files at once
 * (each by round and revision). A complete file comes back as text for validateSummary().
 */
export class FrameCollector {
	#files = new Map<string, { n: number; chunks: Map<number, string> }>();

	add(scanned: string): FrameProgress {
		const f = parseFrame(scanned);
		if (!f) return { status: 'ignored' };
		const key = `${f.round}/${f.revision}`;
		let file = this.#files.get(key);
		if (file && file.n !== f.n) file = undefined; // a different export reusing the number
		if (!file) {
			file = { n: f.n, chunks: new Map() };
			this.#files.set(key, file);
		}
		const fresh = !file.chunks.has(f.i);
		file.chunks.set(f.i, f.chunk);
		if (file.chunks.size < f.n)
			return { status: 'collecting', key, have: file.chunks.size, total: f.n, fresh };
		this.#files.delete(key);
		const payload = Array.from({ length: f.n }, (_, i) => file.chunks.get(i + 1)).join('');
		try {
			return { status: 'complete', key, text: new TextDecoder().decode(fromBase64Url(payload)) };
		} catch {
			return { status: 'complete', key, text: '' };
		}
	}

	/** Frames still missing, per file being collected. */
	pending(): { key: string; have: number; total: number }[] {
		return [...this.#files].map(([key, f]) => ({ key, have: f.chunks.size, total: f.n }));
	}
}

export type { Band };
