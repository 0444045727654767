// The ONE module that owns Dexie / IndexedDB. Everything else goes through the `Store`
// interface (store.ts), so the same repository runs on IndexedDB or in memory.
import Dexie, { liveQuery, type DexieOptions, type EntityTable, type Table } from 'dexie';
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
import { createMemoryStore } from './memory';
import type { KeyedTable, ProfileScoped, Store, Tables } from './store';

export const DB_NAME = 'khien-nho';
/** Current schema version (Dexie's numbering). */
export const DB_VERSION = 6;

/**
 * Schema history. Never edit a shipped version: add a new one with an upgrade.
 * - v1 (first release): attempts had no lessonVersion, profiles no picture code.
 * - v2: attempts carry the lesson's content version (indexed with the lesson, so answers
 *   given to an older version of a lesson can be told apart); profiles get an explicit
 *   `pictureCode: null` default.
 * - v3 (issue 20, the effectiveness check on the device): `evalRounds` (a group's round,
 *   wave, takers, session log), `evalCounts` (one count per leaf x option x form x wave x
 *   arm) and `evalForms` (the form each learner took per wave, never exported). Only new
 *   tables: later versions added on other branches at the same time merge in any order.
 * - v4: a `narration` table (a club leader's recordings, per lesson and screen). Only the new
 *   table is named: Dexie keeps every other table as the versions before left it.
 * - v5 (issue 20, the coordinator's report): `evaluationReports`, imported evaluation
 *   summary files by round. Each version adds only its own tables.
 * - v6 (issue 22): `customLessons`, the teachers' own lessons from the studio, by id (v3-v5
 *   belong to other tables added beside it).
 */
const STORES_V1 = {
	profiles: 'id',
	lessonProgress: '[profileId+lessonId], profileId',
	attempts: '++id, profileId, [profileId+lessonId]',
	badges: '[profileId+badgeId], profileId',
	settings: 'key'
};
const STORES_V2 = {
	...STORES_V1,
	attempts: '++id, profileId, [profileId+lessonId], [lessonId+lessonVersion]'
};
const STORES_V3 = {
	evalRounds: 'round, band',
	evalCounts: 'key, round',
	evalForms: '[profileId+round], profileId'
};
const STORES_V5 = { evaluationReports: 'round' };
const STORES_V6 = { customLessons: 'id, band' };

export class KhienNhoDB extends Dexie {
	profiles!: EntityTable<Profile, 'id'>;
	lessonProgress!: Table<LessonProgressRow, [string, string]>;
	attempts!: EntityTable<AttemptRow, 'id'>;
	badges!: Table<BadgeRow, [string, string]>;
	settings!: EntityTable<SettingRow, 'key'>;
	evalRounds!: EntityTable<EvalRoundRow, 'round'>;
	evalCounts!: EntityTable<EvalCountRow, 'key'>;
	evalForms!: Table<EvalFormRow, [string, string]>;
	evaluationReports!: EntityTable<EvaluationReportRow, 'round'>;
	narration!: Table<NarrationRow, [string, string]>;
	customLessons!: EntityTable<CustomLessonRow, 'id'>;

	constructor(name: string = DB_NAME, options?: DexieOptions) {
		super(name, options);
		this.version(1).stores(STORES_V1);
		this.version(2)
			.stores(STORES_V2)
			.upgrade(async (tx) => {
				// Attempts recorded by v1 take the version stored with the child's lesson
				// progress (what they were answering at the time), else 1.
				const versions = new Map<string, number>();
				await tx
					.table('lessonProgress')
					.each((lp: { profileId: string; lessonId: string; lessonVersion?: number }) => {
						versions.set(JSON.stringify([lp.profileId, lp.lessonId]), lp.lessonVersion ?? 1);
					});
				await tx
					.table('attempts')
					.toCollection()
					.modify((a: Partial<AttemptRow>) => {
						if (typeof a.lessonVersion !== 'number')
							a.lessonVersion = versions.get(JSON.stringify([a.profileId, a.lessonId])) ?? 1;
					});
				await tx
					.table('profiles')
					.toCollection()
					.modify((p: Partial<Profile>) => {
						if (p.pictureCode === undefined) p.pictureCode = null;
					});
			});
		this.version(3).stores(STORES_V3);
		this.version(4).stores({ narration: '[lessonId+screen], lessonId' });
		this.version(5).stores(STORES_V5);
		this.version(6).stores(STORES_V6);
	}
}

function keyed<T, K>(table: Table<T, K, T>): KeyedTable<T, K> {
	return {
		get: (key) => table.get(key),
		put: async (row) => {
			await table.put(row);
		},
		bulkPut: async (rows) => {
			await table.bulkPut(rows);
		},
		delete: (key) => table.delete(key),
		all: () => table.toArray(),
		clear: () => table.clear()
	};
}

function scoped<T, K>(table: Table<T, K, T>): ProfileScoped<T> {
	return {
		byProfile: (id) => table.where('profileId').equals(id).toArray(),
		// One index range per child: anyOf() walks a cursor, which is slow on some engines.
		byProfiles: async (ids) =>
			(
				await Promise.all(
					[...new Set(ids)].map((id) => table.where('profileId').equals(id).toArray())
				)
			).flat(),
		deleteByProfile: async (id) => {
			await table.where('profileId').equals(id).delete();
		}
	};
}

function dexieTables(db: KhienNhoDB): Tables {
	const attempts = db.attempts as unknown as Table<AttemptRow, number, AttemptRow>;
	return {
		profiles: keyed(db.profiles as unknown as Table<Profile, string, Profile>),
		lessonProgress: { ...keyed(db.lessonProgress), ...scoped(db.lessonProgress) },
		attempts: {
			...scoped(attempts),
			add: async (row) => {
				const copy = { ...row };
				delete copy.id;
				return (await attempts.add(copy)) as number;
			},
			bulkAdd: async (rows) => {
				await attempts.bulkAdd(
					rows.map((r) => {
						const copy = { ...r };
						delete copy.id;
						return copy;
					})
				);
			},
			all: () => attempts.toArray(),
			clear: () => attempts.clear()
		},
		badges: { ...keyed(db.badges), ...scoped(db.badges) },
		settings: keyed(db.settings as unknown as Table<SettingRow, string, SettingRow>),
		evalRounds: keyed(db.evalRounds as unknown as Table<EvalRoundRow, string, EvalRoundRow>),
		evalCounts: {
			...keyed(db.evalCounts as unknown as Table<EvalCountRow, string, EvalCountRow>),
			byRound: (round) => db.evalCounts.where('round').equals(round).toArray(),
			deleteByRound: async (round) => {
				await db.evalCounts.where('round').equals(round).delete();
			}
		},
		evalForms: { ...keyed(db.evalForms), ...scoped(db.evalForms) },
		evaluationReports: keyed(
			db.evaluationReports as unknown as Table<EvaluationReportRow, string, EvaluationReportRow>
		),
		narration: {
			...keyed(db.narration),
			byLesson: (id) => db.narration.where('lessonId').equals(id).toArray()
		},
		customLessons: keyed(
			db.customLessons as unknown as Table<CustomLessonRow, string, CustomLessonRow>
		)
	};
}

/** Wrap an opened database as a Store. */
export function dexieStore(db: KhienNhoDB): Store {
	const tables = dexieTables(db);
	return {
		kind: 'indexeddb',
		read: (fn) => db.transaction('r', db.tables, () => fn(tables)),
		write: (fn) => db.transaction('rw', db.tables, () => fn(tables)),
		observe: (fn) => {
			const observable = liveQuery(() => fn(tables));
			return {
				subscribe: (next, error) => {
					const sub = observable.subscribe({ next, error: (e: unknown) => error?.(e) });
					return { unsubscribe: () => sub.unsubscribe() };
				}
			};
		},
		close: () => db.close()
	};
}

export interface OpenOptions {
	name?: string;
	/** Defaults to the global `indexedDB` (tests pass a broken one). */
	indexedDB?: IDBFactory;
	IDBKeyRange?: typeof IDBKeyRange;
	/** Give up on a blocked or hanging open after this long (ms). */
	timeoutMs?: number;
}

export interface OpenResult {
	store: Store;
	/** Why the in-memory store is used, when it is. */
	fallback?: 'missing' | 'failed' | 'timeout';
	error?: unknown;
}

/**
 * Open the device database, or fall back to memory for this session when IndexedDB is
 * missing (old browser), throws (some private modes), errors or stays blocked.
 */
export async function openStore(options: OpenOptions = {}): Promise<OpenResult> {
	const factory =
		options.indexedDB ?? (typeof indexedDB === 'undefined' ? undefined : globalThis.indexedDB);
	const keyRange =
		options.IDBKeyRange ??
		(typeof IDBKeyRange === 'undefined' ? undefined : globalThis.IDBKeyRange);
	if (!factory || !keyRange) return { store: createMemoryStore(), fallback: 'missing' };

	let db: KhienNhoDB | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let timedOut = false;
	try {
		db = new KhienNhoDB(options.name ?? DB_NAME, { indexedDB: factory, IDBKeyRange: keyRange });
		const opening = db.open();
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(() => {
				timedOut = true;
				reject(new Error('IndexedDB open timed out'));
			}, options.timeoutMs ?? 5000);
		});
		await Promise.race([opening, timeout]);
		return { store: dexieStore(db) };
	} catch (error) {
		// A late success must not leave a second copy of the data open.
		try {
			db?.close();
		} catch {
			// ignore
		}
		return { store: createMemoryStore(), fallback: timedOut ? 'timeout' : 'failed', error };
	} finally {
		clearTimeout(timer);
	}
}
