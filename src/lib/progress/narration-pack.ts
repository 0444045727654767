// The narration pack: one lesson's recordings in one file, for a club's other tablets. A JSON
// manifest with each screen's audio as base64: readable, versioned, no zip library needed.
// checkPack() is pure: it reads the whole file and either returns every row to write or one
// reason to refuse it, so a refused pack never touches the device (narration.ts writes).
import { BACKUP_APP, type NarrationRow } from './model';

export const PACK_KIND = 'narration';
export const PACK_VERSION = 1;
/** A whole pack: about 20 minutes of speech at the recorder's usual 32 kbit/s, as base64. */
export const MAX_PACK_BYTES = 8 * 1024 * 1024;
/** One screen: a few minutes at most. */
export const MAX_SCREEN_BYTES = 2 * 1024 * 1024;
const SCREEN = /^s(0|[1-9]\d{0,3})$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface PackScreen {
	screen: string;
	mime: string;
	/** Bytes of audio once decoded: checked against the data, so a cut file is caught. */
	bytes: number;
	data: string;
}

export interface NarrationPack {
	app: typeof BACKUP_APP;
	kind: typeof PACK_KIND;
	version: typeof PACK_VERSION;
	exportedAt: string;
	lessonId: string;
	lessonVersion: number;
	screens: PackScreen[];
}

/** What this device knows of the lesson a pack is for. */
export interface PackLesson {
	id: string;
	version: number;
	/** How many screens the lesson has: a pack may not narrate screens it lacks. */
	screens: number;
}

export type PackCheck =
	| { ok: true; lessonId: string; rows: NarrationRow[] }
	/** `error`: a key under "facilitator:narration.errors"; `args` for its wording. */
	| { ok: false; error: string; args?: Record<string, string | number> };

export function toBase64(bytes: ArrayBuffer): string {
	const view = new Uint8Array(bytes);
	let s = '';
	// In slices: one call with a whole recording's bytes overflows the argument stack.
	for (let i = 0; i < view.length; i += 0x8000)
		s += String.fromCharCode(...view.subarray(i, i + 0x8000));
	return btoa(s);
}

function fromBase64(data: string): ArrayBuffer | null {
	if (data.length % 4 !== 0 || !BASE64.test(data)) return null;
	try {
		const s = atob(data);
		const out = new Uint8Array(s.length);
		for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
		return out.buffer;
	} catch {
		return null;
	}
}

export function makePack(
	lessonId: string,
	lessonVersion: number,
	rows: NarrationRow[],
	now = new Date()
): NarrationPack {
	return {
		app: BACKUP_APP,
		kind: PACK_KIND,
		version: PACK_VERSION,
		exportedAt: now.toISOString(),
		lessonId,
		lessonVersion,
		screens: rows
			.filter((r) => r.lessonId === lessonId && r.lessonVersion === lessonVersion)
			.sort((a, b) => Number(a.screen.slice(1)) - Number(b.screen.slice(1)))
			.map((r) => ({
				screen: r.screen,
				mime: r.mime,
				bytes: r.audio.byteLength,
				data: toBase64(r.audio)
			}))
	};
}

const refuse = (error: string, args?: Record<string, string | number>): PackCheck => ({
	ok: false,
	error,
	args
});
const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Check a pack file (its text and size in bytes) against the lessons of this build.
 * `lessons`: by id. Every refusal names one reason an adult can act on.
 */
export function checkPack(
	text: string,
	size: number,
	lessons: Record<string, PackLesson>,
	now = Date.now()
): PackCheck {
	if (size > MAX_PACK_BYTES) return refuse('tooBig', { mb: MAX_PACK_BYTES / 1024 / 1024 });
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return refuse('notJson');
	}
	if (!isObject(data) || data.app !== BACKUP_APP) return refuse('foreign');
	if (data.kind !== PACK_KIND) return refuse('notPack');
	if (data.version !== PACK_VERSION) return refuse('version');
	const lesson = typeof data.lessonId === 'string' ? lessons[data.lessonId] : undefined;
	if (!lesson) return refuse('unknownLesson');
	if (data.lessonVersion !== lesson.version) return refuse('lessonVersion');
	if (!Array.isArray(data.screens) || data.screens.length === 0) return refuse('empty');

	const rows: NarrationRow[] = [];
	for (const raw of data.screens as unknown[]) {
		const s = isObject(raw) ? raw : {};
		const key = typeof s.screen === 'string' ? s.screen : '';
		if (!SCREEN.test(key) || Number(key.slice(1)) >= lesson.screens)
			return refuse('badScreen', { screen: key.slice(0, 20) });
		if (rows.some((r) => r.screen === key)) return refuse('twice', { screen: key });
		const n = Number(key.slice(1)) + 1;
		if (typeof s.mime !== 'string' || !/^audio\/[\w.+-]+(;[\w=.,+ -]*)?$/.test(s.mime))
			return refuse('notAudio', { n });
		if (typeof s.bytes !== 'number' || s.bytes > MAX_SCREEN_BYTES)
			return refuse('screenTooBig', { n });
		const audio = typeof s.data === 'string' ? fromBase64(s.data) : null;
		if (!audio || audio.byteLength === 0 || audio.byteLength !== s.bytes)
			return refuse('badAudio', { n });
		rows.push({
			lessonId: lesson.id,
			lessonVersion: lesson.version,
			screen: key,
			mime: s.mime,
			audio,
			recorded: now
		});
	}
	return { ok: true, lessonId: lesson.id, rows };
}
