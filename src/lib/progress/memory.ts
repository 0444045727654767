// The in-memory Store: same interface and same all-or-nothing writes as IndexedDB, nothing
// kept after the tab closes. Used for the guest and when IndexedDB is unavailable.
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
import type { KeyedTable, Observable, ProfileScoped, Store, Tables } from './store';

const clone = <T>(v: T): T => structuredClone(v);

type Owned = { profileId: string };

// Methods are own arrow properties, so a table can be spread/wrapped like a plain object.
class MemTable<T, K> implements KeyedTable<T, K> {
	rows = new Map<string, T>();
	constructor(
		private keyOf: (row: T) => string,
		private encode: (key: K) => string
	) {}
	get = async (key: K) => {
		const row = this.rows.get(this.encode(key));
		return row && clone(row);
	};
	put = async (row: T) => {
		this.rows.set(this.keyOf(row), clone(row));
	};
	bulkPut = async (rows: T[]) => {
		for (const r of rows) this.rows.set(this.keyOf(r), clone(r));
	};
	delete = async (key: K) => {
		this.rows.delete(this.encode(key));
	};
	all = async () =>
		[...this.rows.entries()]
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
			.map(([, r]) => clone(r));
	clear = async () => {
		this.rows.clear();
	};
}

function scoped<T extends Owned, MK>(table: { rows: Map<MK, T> }): ProfileScoped<T> {
	const pick = (ids: Set<string>) =>
		[...table.rows.values()].filter((r) => ids.has(r.profileId)).map((r) => clone(r));
	return {
		byProfile: async (id) => pick(new Set([id])),
		byProfiles: async (ids) => pick(new Set(ids)),
		deleteByProfile: async (id) => {
			for (const [k, r] of table.rows) if (r.profileId === id) table.rows.delete(k);
		}
	};
}

const pair = (a: string, b: string) => JSON.stringify([a, b]);

export function createMemoryStore(): Store {
	const profiles = new MemTable<Profile, string>(
		(r) => r.id,
		(k) => k
	);
	const lessonProgress = new MemTable<LessonProgressRow, [string, string]>(
		(r) => pair(r.profileId, r.lessonId),
		([a, b]) => pair(a, b)
	);
	const badges = new MemTable<BadgeRow, [string, string]>(
		(r) => pair(r.profileId, r.badgeId),
		([a, b]) => pair(a, b)
	);
	const settings = new MemTable<SettingRow, string>(
		(r) => r.key,
		(k) => k
	);
	const evalRounds = new MemTable<EvalRoundRow, string>(
		(r) => r.round,
		(k) => k
	);
	const evalCounts = new MemTable<EvalCountRow, string>(
		(r) => r.key,
		(k) => k
	);
	const evalForms = new MemTable<EvalFormRow, [string, string]>(
		(r) => pair(r.profileId, r.round),
		([a, b]) => pair(a, b)
	);
	const evaluationReports = new MemTable<EvaluationReportRow, string>(
		(r) => r.round,
		(k) => k
	);
	const narration = new MemTable<NarrationRow, [string, string]>(
		(r) => pair(r.lessonId, r.screen),
		([a, b]) => pair(a, b)
	);
	const customLessons = new MemTable<CustomLessonRow, string>(
		(r) => r.id,
		(k) => k
	);
	const attemptRows = new Map<number, AttemptRow>();
	let nextAttemptId = 1;

	const tables: Tables = {
		profiles,
		lessonProgress: Object.assign(lessonProgress, scoped(lessonProgress)),
		badges: Object.assign(badges, scoped(badges)),
		settings,
		evalRounds,
		evalCounts: Object.assign(evalCounts, {
			byRound: async (round: string) => (await evalCounts.all()).filter((r) => r.round === round),
			deleteByRound: async (round: string) => {
				for (const [k, r] of evalCounts.rows) if (r.round === round) evalCounts.rows.delete(k);
			}
		}),
		evalForms: Object.assign(evalForms, scoped(evalForms)),
		evaluationReports,
		narration: Object.assign(narration, {
			byLesson: async (id: string) =>
				[...narration.rows.values()].filter((r) => r.lessonId === id).map((r) => clone(r))
		}),
		customLessons,
		attempts: {
			...scoped({ rows: attemptRows }),
			add: async (row) => {
				const id = nextAttemptId++;
				attemptRows.set(id, { ...clone(row), id });
				return id;
			},
			bulkAdd: async (rows) => {
				for (const row of rows) {
					const id = nextAttemptId++;
					attemptRows.set(id, { ...clone(row), id });
				}
			},
			all: async () => [...attemptRows.values()].map((r) => clone(r)),
			clear: async () => attemptRows.clear()
		}
	};

	const keyed: { rows: Map<string, unknown> }[] = [
		profiles,
		lessonProgress,
		badges,
		settings,
		evaluationReports,
		narration,
		customLessons
	];
	keyed.push(evalRounds, evalCounts, evalForms);
	const snapshot = () => ({
		maps: keyed.map((t) => new Map(t.rows)),
		attempts: new Map(attemptRows),
		nextAttemptId
	});
	const restore = (s: ReturnType<typeof snapshot>) => {
		keyed.forEach((t, i) => (t.rows = s.maps[i]));
		attemptRows.clear();
		for (const [k, v] of s.attempts) attemptRows.set(k, v);
		nextAttemptId = s.nextAttemptId;
	};

	// Operations run one after another, like IndexedDB transactions on the same tables.
	let queue: Promise<unknown> = Promise.resolve();
	const enqueue = <R>(job: () => Promise<R>): Promise<R> => {
		const run = queue.then(job, job);
		queue = run.catch(() => undefined);
		return run;
	};

	const listeners = new Set<() => void>();
	let closed = false;

	const store: Store = {
		kind: 'memory',
		read: (fn) => enqueue(() => fn(tables)),
		write: (fn) =>
			enqueue(async () => {
				if (closed) throw Object.assign(new Error('Store closed'), { name: 'DatabaseClosedError' });
				const before = snapshot();
				try {
					const result = await fn(tables);
					queueMicrotask(() => listeners.forEach((l) => l()));
					return result;
				} catch (e) {
					restore(before);
					throw e;
				}
			}),
		observe: <R>(fn: (t: Tables) => Promise<R>): Observable<R> => ({
			subscribe(next, error) {
				let active = true;
				const run = () => {
					store.read(fn).then(
						(v) => active && next(v),
						(e) => active && error?.(e)
					);
				};
				listeners.add(run);
				run();
				return {
					unsubscribe: () => {
						active = false;
						listeners.delete(run);
					}
				};
			}
		}),
		close: () => {
			closed = true;
			listeners.clear();
		}
	};
	return store;
}
