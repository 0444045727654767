// The progress state the UI reads: ONE rune-based object for the app (`progress`), kept in
// sync with the store by live queries (Dexie liveQuery on IndexedDB). Call `progress.init()`
// once on the client. Components import this singleton, as immich's managers are used:
// progress belongs to the device, not to a request or a part of the page. Tests point it at
// a store of their own with test-state.ts (destroy() returns it to its unopened state).
import type { ApplyResult } from './backup-merge';
import type { BadgeRule } from './badges';
import type { OpenOptions } from './db';
import { clearDevice } from './device';
import * as learning from './learning';
import { createMemoryStore } from './memory';
import {
	GUEST_ID,
	ProgressError,
	SETTINGS,
	type AttemptInput,
	type Backup,
	type BadgeRow,
	type ClassSummary,
	type LessonProgressRow,
	type LessonProgressView,
	type Profile,
	type ProfileInput
} from './model';
import {
	checkPictureCode,
	deleteProfile,
	getCurrentProfileId,
	listProfiles,
	profilesQuery,
	setCurrentProfile
} from './profiles';
import type { Store, Subscription } from './store';
import { classSummary, type BandFilter, type SummaryLesson } from './teacher';

export type StorageStatus = 'loading' | 'indexeddb' | 'memory';

export interface InitOptions extends OpenOptions {
	/** Use this store instead of opening IndexedDB (tests, demos). */
	store?: Store;
}

/** The translation key for a failed operation. */
export function errorKey(e: unknown): string {
	if (e instanceof ProgressError) return e.key;
	const err = e as { name?: string; inner?: { name?: string }; cause?: { name?: string } } | null;
	const names = [err?.name, err?.inner?.name, err?.cause?.name];
	if (names.includes('QuotaExceededError')) return 'progress:errors.quota';
	if (names.some((n) => n === 'DatabaseClosedError' || n === 'VersionError'))
		return 'progress:errors.reload';
	return 'progress:errors.writeFailed';
}

export class ProgressState {
	/** Where progress lives: 'memory' means it is lost when the tab closes. */
	storage = $state<StorageStatus>('loading');
	/** Translation key of the last failure (`t(progress.lastError)`), null when none. */
	lastError = $state<string | null>(null);
	ready = $state(false);
	/** Every learner on the device, in nickname order. */
	profiles = $state.raw<Profile[]>([]);
	currentProfileId = $state<string | null>(null);
	currentProfile = $derived(this.profiles.find((p) => p.id === this.currentProfileId) ?? null);
	/** No profile: a guest, whose progress stays in memory for this session. */
	isGuest = $derived(this.currentProfile === null);
	/** The current learner's (or guest's) progress, by lesson id. */
	progressByLesson = $state.raw<Record<string, LessonProgressRow>>({});
	badges = $state.raw<BadgeRow[]>([]);

	#store: Store | null = null;
	#guest: Store = createMemoryStore();
	#init: Promise<void> | null = null;
	#subs: Subscription[] = [];
	#learnerSubs: Subscription[] = [];
	#token = 0;
	/** Resolves when the followed learner's rows are in (so a resume point is never missed). */
	#loaded: Promise<void> = Promise.resolve();
	/** Resolves once storage is open and the current learner is known (or opening failed). */
	#opened: Promise<void> = Promise.resolve();

	/** Open storage and start the live queries. Safe to call more than once. */
	init(options: InitOptions = {}): Promise<void> {
		if (!this.#init) {
			// The "keep data for the long term?" question is not asked here: the browser may
			// never answer it (src/lib/pwa/persistence.svelte.ts asks it on the side).
			const opening = this.#open(options);
			this.#opened = opening.catch(() => undefined);
			this.#init = opening;
		}
		return this.#init;
	}

	async #open(options: InitOptions) {
		// Dexie loads as its own chunk, after the page has rendered: the first paint of any
		// page never waits for the database code.
		const store = options.store ?? (await (await import('./db')).openStore(options)).store;
		this.#store = store;
		this.storage = store.kind;
		await this.#guest.write((t) =>
			t.profiles.put({ id: GUEST_ID, nickname: 'guest', avatar: 'cat', band: '6-8', created: 0 })
		);
		// Load before `ready`: a write right after init() must go to the right child.
		this.profiles = await listProfiles(store).catch(() => []);
		this.#follow(await getCurrentProfileId(store).catch(() => null));
		await this.#loaded;
		this.#subs.push(
			store.observe(profilesQuery).subscribe((rows) => (this.profiles = rows), this.#fail),
			store
				.observe((t) => t.settings.get(SETTINGS.currentProfile))
				.subscribe(() => void this.#sync(store), this.#fail)
		);
		this.ready = true;
	}

	/**
	 * Stop the live queries, close storage and forget everything: the object is as new, and
	 * `init()` may open it again (tests, hot reload).
	 */
	destroy() {
		[...this.#subs, ...this.#learnerSubs].forEach((s) => s.unsubscribe());
		this.#subs = [];
		this.#learnerSubs = [];
		this.#store?.close();
		this.#guest.close();
		this.#store = null;
		this.#guest = createMemoryStore();
		this.#init = null;
		this.#token++;
		this.#loaded = this.#opened = Promise.resolve();
		this.storage = 'loading';
		this.lastError = null;
		this.ready = false;
		this.profiles = [];
		this.currentProfileId = null;
		this.progressByLesson = {};
		this.badges = [];
	}

	#fail = (e: unknown) => {
		this.lastError = errorKey(e);
	};

	clearError() {
		this.lastError = null;
	}

	/**
	 * Store and id the current learner writes to: the device, or the guest's memory. Waits
	 * for storage to open: a quick tap on a slow phone must not land on the guest.
	 */
	async #target(): Promise<[Store, string]> {
		await this.#opened;
		const p = this.currentProfile;
		if (p && this.#store) return [this.#store, p.id];
		return [this.#guest, GUEST_ID];
	}

	/**
	 * Another tab (or this one) changed who is learning. Re-read rather than trust the value
	 * delivered: after two quick taps, an older emission may arrive after the newer switch.
	 */
	async #sync(store: Store) {
		const id = await getCurrentProfileId(store).catch(() => this.currentProfileId);
		this.#follow(id);
	}

	/** Re-point the learner subscriptions; the previous child's data is dropped at once. */
	#follow(id: string | null) {
		if (id === this.currentProfileId && this.#learnerSubs.length) return;
		this.#learnerSubs.forEach((s) => s.unsubscribe());
		this.currentProfileId = id;
		this.progressByLesson = {};
		this.badges = [];
		const token = ++this.#token;
		const store = id && this.#store ? this.#store : this.#guest;
		const pid = id ?? GUEST_ID;
		const current = () => token === this.#token;
		this.#loaded = store
			.read(
				async (t) => [await t.lessonProgress.byProfile(pid), await t.badges.byProfile(pid)] as const
			)
			.then(([rows, badges]) => {
				if (!current()) return;
				this.progressByLesson = {
					...Object.fromEntries(rows.map((r) => [r.lessonId, r])),
					...this.progressByLesson
				};
				if (!this.badges.length) this.badges = badges.sort((a, b) => a.earned - b.earned);
			}, this.#fail);
		this.#learnerSubs = [
			store
				.observe((t) => t.lessonProgress.byProfile(pid))
				.subscribe((rows) => {
					if (current())
						this.progressByLesson = Object.fromEntries(rows.map((r) => [r.lessonId, r]));
				}, this.#fail),
			store
				.observe((t) => t.badges.byProfile(pid))
				.subscribe((rows) => {
					if (current()) this.badges = rows.sort((a, b) => a.earned - b.earned);
				}, this.#fail)
		];
	}

	async #run<R>(op: () => Promise<R>): Promise<R | null> {
		try {
			const result = await op();
			return result;
		} catch (e) {
			this.#fail(e);
			return null;
		}
	}

	#remember(row: LessonProgressRow, pid: string) {
		if (pid === (this.currentProfile?.id ?? GUEST_ID))
			this.progressByLesson = { ...this.progressByLesson, [row.lessonId]: row };
	}

	// --- the lesson player ---------------------------------------------------------------

	/** Store one answer. False when it could not be saved (see lastError). */
	async recordAttempt(input: AttemptInput): Promise<boolean> {
		const [store, pid] = await this.#target();
		const r = await this.#run(() => learning.recordAttempt(store, pid, input));
		if (r) this.#remember(r.progress, pid);
		return r !== null;
	}

	async saveStep(lessonId: string, version: number, index: number): Promise<boolean> {
		const [store, pid] = await this.#target();
		const row = await this.#run(() => learning.saveStep(store, pid, lessonId, version, index));
		if (row) this.#remember(row, pid);
		return row !== null;
	}

	/**
	 * Score 0..1; `badges`: the rules this lesson can complete (the lesson page's data).
	 * Returns the stars of this run and any new badges (null on failure).
	 */
	async completeLesson(
		lessonId: string,
		version: number,
		score: number,
		badges: readonly BadgeRule[]
	): Promise<learning.CompletedLesson | null> {
		const [store, pid] = await this.#target();
		const r = await this.#run(() =>
			learning.completeLesson(store, pid, lessonId, version, score, badges)
		);
		if (r) {
			this.#remember(r.progress, pid);
			if (r.newBadges.length) this.badges = [...this.badges, ...r.newBadges];
		}
		return r;
	}

	/**
	 * Reactive view of one lesson at its current content version: a resume point saved
	 * under another version is dropped (the lesson starts again at its first screen).
	 */
	lessonProgress(lessonId: string, version: number): LessonProgressView {
		return learning.progressView(this.progressByLesson[lessonId], lessonId, version);
	}

	// --- profiles ----------------------------------------------------------------------

	#device(): Store {
		if (!this.#store) throw new ProgressError('progress:errors.writeFailed');
		return this.#store;
	}

	/**
	 * Make `id` the learner (null = guest). With a picture code on the profile, `code` must
	 * match: returns false otherwise.
	 */
	async switchTo(id: string | null, code: readonly string[] | null = null): Promise<boolean> {
		if (id !== null) {
			const p = this.profiles.find((x) => x.id === id);
			if (!p || !checkPictureCode(p, code)) return false;
		}
		const ok = await this.#run(async () => {
			await setCurrentProfile(this.#device(), id);
			return true;
		});
		if (!ok) return false;
		this.#follow(id);
		await this.#loaded;
		return true;
	}

	// The profile rule and its schema library load only when a learner is added or edited.
	/** Add a learner (errors thrown as ProgressError for the form to show). */
	async createProfile(input: ProfileInput): Promise<Profile> {
		const { createProfile } = await import('./profile-edit');
		const p = await createProfile(this.#device(), input);
		this.profiles = [...this.profiles.filter((x) => x.id !== p.id), p];
		return p;
	}

	async updateProfile(id: string, patch: Partial<ProfileInput>): Promise<Profile> {
		const { updateProfile } = await import('./profile-edit');
		return updateProfile(this.#device(), id, patch);
	}

	async deleteProfile(id: string): Promise<boolean> {
		const ok = await this.#run(async () => {
			await deleteProfile(this.#device(), id);
			return true;
		});
		if (ok) {
			this.profiles = this.profiles.filter((p) => p.id !== id);
			if (this.currentProfileId === id) this.#follow(null);
		}
		return ok === true;
	}

	/** For the teacher: remove a forgotten code; progress is kept. */
	async resetPictureCode(id: string): Promise<boolean> {
		return (await this.#run(() => this.updateProfile(id, { pictureCode: null }))) !== null;
	}

	async clearDevice(): Promise<boolean> {
		const ok = await this.#run(async () => {
			await clearDevice(this.#device());
			return true;
		});
		if (ok) {
			this.profiles = [];
			this.#follow(null);
		}
		return ok === true;
	}

	// --- teacher and backups -----------------------------------------------------------

	/** Learners × lessons for the teacher (see teacher.ts for the filter). */
	async classSummary(
		lessons?: readonly SummaryLesson[],
		filter?: BandFilter
	): Promise<ClassSummary> {
		return classSummary(this.#device(), lessons, filter);
	}

	// The backup code loads only when a backup is made or applied.
	async exportBackup(profileId?: string): Promise<Backup> {
		const { exportBackup } = await import('./backup-export');
		return exportBackup(this.#device(), profileId);
	}

	async applyBackup(data: Backup): Promise<ApplyResult | null> {
		const { applyBackup } = await import('./backup-merge');
		return this.#run(() => applyBackup(this.#device(), data));
	}

	/**
	 * The device's store once open (memory when IndexedDB is missing), for the teachers' own
	 * lessons (custom-lessons.ts, loaded only by the pages that use them): not the guest's
	 * store, because a lesson kept on a club tablet is there for every child.
	 */
	async deviceStore(): Promise<Store | null> {
		await this.init().catch(() => undefined);
		return this.#store;
	}
}

export const progress = new ProgressState();
