// The small storage interface the progress functions (profiles.ts, learning.ts, teacher.ts,
// device.ts, backup-*.ts) are written against, with only the methods they use. Two
// implementations: IndexedDB through Dexie (db.ts) and an in-memory one (memory.ts, 1 KB
// gzip against 15 KB for fake-indexeddb) used for guests and when IndexedDB is missing or
// blocked. Both run `write` as ONE all-or-nothing transaction.
import type {
	AttemptRow,
	BadgeRow,
	EvaluationReportRow,
	LessonProgressRow,
	NarrationRow,
	Profile,
	SettingRow
} from './model';
import type { EvalCountRow, EvalFormRow, EvalRoundRow } from './evaluation-rows';
import type { CustomLessonRow } from './custom-lessons';

export interface KeyedTable<T, K> {
	get(key: K): Promise<T | undefined>;
	put(row: T): Promise<void>;
	bulkPut(rows: T[]): Promise<void>;
	delete(key: K): Promise<void>;
	all(): Promise<T[]>;
	clear(): Promise<void>;
}

export interface ProfileScoped<T> {
	byProfile(profileId: string): Promise<T[]>;
	byProfiles(profileIds: string[]): Promise<T[]>;
	deleteByProfile(profileId: string): Promise<void>;
}

export interface AttemptTable extends ProfileScoped<AttemptRow> {
	/** Insert with a new auto-increment id; returns it. */
	add(row: AttemptRow): Promise<number>;
	bulkAdd(rows: AttemptRow[]): Promise<void>;
	all(): Promise<AttemptRow[]>;
	clear(): Promise<void>;
}

export interface Tables {
	profiles: KeyedTable<Profile, string>;
	lessonProgress: KeyedTable<LessonProgressRow, [string, string]> &
		ProfileScoped<LessonProgressRow>;
	attempts: AttemptTable;
	badges: KeyedTable<BadgeRow, [string, string]> & ProfileScoped<BadgeRow>;
	settings: KeyedTable<SettingRow, string>;
	/** The effectiveness check on this device (issue 20, evaluation.ts). */
	evalRounds: KeyedTable<EvalRoundRow, string>;
	evalCounts: KeyedTable<EvalCountRow, string> & {
		byRound(round: string): Promise<EvalCountRow[]>;
		deleteByRound(round: string): Promise<void>;
	};
	evalForms: KeyedTable<EvalFormRow, [string, string]> & ProfileScoped<EvalFormRow>;
	/** Evaluation files a coordinator imported (issue 20), by round. */
	evaluationReports: KeyedTable<EvaluationReportRow, string>;
	/** Keyed [lessonId, screen]. */
	narration: KeyedTable<NarrationRow, [string, string]> & {
		byLesson(lessonId: string): Promise<NarrationRow[]>;
	};
	/** Teachers' own lessons (the studio, issue 22). */
	customLessons: KeyedTable<CustomLessonRow, string>;
}

export interface Subscription {
	unsubscribe(): void;
}
/** The subset of an ES Observable that Dexie's liveQuery returns. */
export interface Observable<T> {
	subscribe(next: (value: T) => void, error?: (err: unknown) => void): Subscription;
}

export type StoreKind = 'indexeddb' | 'memory';

export interface Store {
	readonly kind: StoreKind;
	/** Read-only access (a consistent snapshot). */
	read<R>(fn: (t: Tables) => Promise<R>): Promise<R>;
	/** Read-write access to every table in ONE transaction: all or nothing. */
	write<R>(fn: (t: Tables) => Promise<R>): Promise<R>;
	/** Re-run `fn` whenever the data it read changes (Dexie liveQuery for IndexedDB). */
	observe<R>(fn: (t: Tables) => Promise<R>): Observable<R>;
	close(): void;
}
