// Checking a backup file completely before anything is written: the schema of schema.ts
// (whose profile part is the same rule a form obeys), then what a schema cannot say
// (duplicates, progress of nobody in the file). Never touches the database.
import * as v from 'valibot';
import { BACKUP_APP, BACKUP_VERSION, MAX_BACKUP_BYTES, type Backup } from './model';
import { BackupSchema } from './schema';
import { previewOf, type BackupPreview } from './backup-preview';

/** A translation key (namespace "progress") and, when useful, where in the file. */
export interface BackupError {
	key: string;
	path?: string;
}

export type ParsedBackup =
	{ ok: true; backup: Backup; preview: BackupPreview } | { ok: false; errors: BackupError[] };

const E = (k: string) => `progress:backup.errors.${k}`;

/** The profile rule's refusals, worded for an adult reading about a file, not a child at a form. */
const PROFILE_REFUSALS: Record<string, string> = {
	'progress:errors.nicknameEmpty': E('nicknameEmpty'),
	'progress:errors.nicknameTooLong': E('nicknameTooLong'),
	'progress:errors.badAvatar': E('unknownAvatar'),
	'progress:errors.badBand': E('unknownBand'),
	'progress:errors.badCode': E('unknownPicture')
};

function issueToError(issue: v.BaseIssue<unknown>): BackupError {
	const path = v.getDotPath(issue) ?? undefined;
	const ours =
		PROFILE_REFUSALS[issue.message] ?? (issue.message.startsWith(E('')) ? issue.message : null);
	if (ours) return { key: ours, path };
	if (issue.kind === 'schema' && issue.received === 'undefined')
		return { key: E('missingField'), path };
	if (issue.kind === 'schema') return { key: E('wrongType'), path };
	return { key: E('badValue'), path };
}

function byteLength(text: string): number {
	return new TextEncoder().encode(text).length;
}

/** Browsers word JSON.parse errors differently: tell "cut short" from "not JSON" ourselves. */
function looksTruncated(text: string): boolean {
	const s = text.trim();
	if (!s.startsWith('{') && !s.startsWith('[')) return false;
	let depth = 0;
	let inString = false;
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{' || c === '[') depth++;
		else if (c === '}' || c === ']') depth--;
	}
	return depth > 0 || inString;
}

function duplicates<T>(rows: T[], key: (r: T) => string, path: string): BackupError[] {
	const seen = new Set<string>();
	const errors: BackupError[] = [];
	rows.forEach((r, i) => {
		const k = key(r);
		if (seen.has(k)) errors.push({ key: E('duplicate'), path: `${path}.${i}` });
		seen.add(k);
	});
	return errors;
}

/**
 * Check a backup file completely. Returns the data and a preview, or translation keys
 * saying what is wrong (at most 20).
 */
export function parseBackup(text: string): ParsedBackup {
	const fail = (...errors: BackupError[]): ParsedBackup => ({ ok: false, errors });
	if (typeof text !== 'string' || !text.trim()) return fail({ key: E('empty') });
	if (text.length > MAX_BACKUP_BYTES || byteLength(text) > MAX_BACKUP_BYTES)
		return fail({ key: E('tooLarge') });

	let data: unknown;
	try {
		data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch {
		return fail({ key: looksTruncated(text) ? E('truncated') : E('notJson') });
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data))
		return fail({ key: E('notOurs') });
	const head = data as Record<string, unknown>;
	if (head.app !== BACKUP_APP || head.kind !== 'backup') return fail({ key: E('notOurs') });
	if (typeof head.version === 'number' && head.version > BACKUP_VERSION)
		return fail({ key: E('newerVersion') });
	if (head.version !== BACKUP_VERSION) return fail({ key: E('badVersion'), path: 'version' });

	const result = v.safeParse(BackupSchema, data, { abortEarly: false });
	if (!result.success) {
		const errors: BackupError[] = [];
		const seen = new Set<string>();
		for (const issue of result.issues) {
			const err = issueToError(issue);
			const id = `${err.key}|${err.path}`;
			if (!seen.has(id)) errors.push(err);
			seen.add(id);
			if (errors.length >= 20) break;
		}
		return fail(...errors);
	}
	const backup = result.output;

	const errors = [
		...duplicates(backup.profiles, (p) => p.id, 'profiles'),
		...duplicates(
			backup.lessonProgress,
			(r) => JSON.stringify([r.profileId, r.lessonId]),
			'lessonProgress'
		),
		...duplicates(backup.badges, (b) => JSON.stringify([b.profileId, b.badgeId]), 'badges')
	];
	const ids = new Set(backup.profiles.map((p) => p.id));
	for (const table of ['lessonProgress', 'attempts', 'badges'] as const) {
		backup[table].forEach((r, i) => {
			if (!ids.has(r.profileId)) errors.push({ key: E('unknownProfile'), path: `${table}.${i}` });
		});
	}
	if (errors.length) return fail(...errors.slice(0, 20));
	return { ok: true, backup, preview: previewOf(backup) };
}
