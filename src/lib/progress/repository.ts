// Plain async functions over a Store (IndexedDB or memory). Every write that touches more
// than one row runs inside ONE `store.write` transaction: it all lands or nothing does.
// Content is never imported here: callers pass the lesson catalogue they have.
import { isBand } from '$lib/content/vocab';
import type { AttemptInput, LessonProgressView } from './api';
import {
	ProgressError,
	SETTINGS,
	checkNickname,
	clampScore,
	isAvatar,
	isPictureCode,
	newId,
	sameCode,
	starsFor,
	type AttemptRow,
	type BadgeId,
	type BadgeRow,
	type CatalogueLesson,
	type ClassSummary,
	type Dump,
	type LessonProgressRow,
	type PictureCode,
	type Profile,
	type ProfileInput
} from './model';
import type { Store, Tables } from './store';

const MAX_ANSWER = 500;
const MAX_ID = 200;
const MAX_STEP = 10_000;

const byNickname = (a: Profile, b: Profile) =>
	a.nickname.localeCompare(b.nickname, 'vi', { sensitivity: 'base' }) || a.created - b.created;

// --- profiles ---------------------------------------------------------------------------

/** Every profile in nickname order (also the live query behind `progress.profiles`). */
export async function profilesQuery(t: Tables): Promise<Profile[]> {
	return (await t.profiles.all()).sort(byNickname);
}

export function listProfiles(store: Store): Promise<Profile[]> {
	return store.read(profilesQuery);
}

export function getProfile(store: Store, id: string): Promise<Profile | undefined> {
	return store.read((t) => t.profiles.get(id));
}

/** Validate and normalise what a form (or an import) gives; throws ProgressError. */
export function cleanProfileInput(input: ProfileInput): ProfileInput {
	const nick = checkNickname(typeof input.nickname === 'string' ? input.nickname : '');
	if (!nick.ok) throw new ProgressError(nick.error);
	if (!isAvatar(input.avatar)) throw new ProgressError('progress:errors.badAvatar');
	if (!isBand(input.band)) throw new ProgressError('progress:errors.badBand');
	const code = input.pictureCode ?? null;
	if (code !== null && !isPictureCode(code)) throw new ProgressError('progress:errors.badCode');
	return {
		nickname: nick.value,
		avatar: input.avatar,
		band: input.band,
		pictureCode: code ? [...code] : null
	};
}

async function assertNoTwin(t: Tables, p: Profile) {
	const all = await t.profiles.all();
	const twin = all.find(
		(o) =>
			o.id !== p.id &&
			o.avatar === p.avatar &&
			o.nickname.localeCompare(p.nickname, 'vi', { sensitivity: 'base' }) === 0
	);
	// Same nickname AND same avatar: the children could not tell the two apart.
	if (twin) throw new ProgressError('progress:errors.duplicateProfile');
}

export async function createProfile(
	store: Store,
	input: ProfileInput,
	now = Date.now()
): Promise<Profile> {
	const clean = cleanProfileInput(input);
	const profile: Profile = { id: newId(), created: now, ...clean };
	await store.write(async (t) => {
		await assertNoTwin(t, profile);
		await t.profiles.put(profile);
	});
	return profile;
}

export async function updateProfile(
	store: Store,
	id: string,
	patch: Partial<ProfileInput>
): Promise<Profile> {
	return store.write(async (t) => {
		const old = await t.profiles.get(id);
		if (!old) throw new ProgressError('progress:errors.noProfile');
		const clean = cleanProfileInput({
			nickname: patch.nickname ?? old.nickname,
			avatar: patch.avatar ?? old.avatar,
			band: patch.band ?? old.band,
			pictureCode: 'pictureCode' in patch ? patch.pictureCode : old.pictureCode
		});
		const next: Profile = { ...old, ...clean };
		await assertNoTwin(t, next);
		await t.profiles.put(next);
		return next;
	});
}

/** Remove a child and every row that belongs to them, in one transaction. */
export async function deleteProfile(store: Store, id: string): Promise<void> {
	await store.write(async (t) => {
		await t.profiles.delete(id);
		await t.lessonProgress.deleteByProfile(id);
		await t.attempts.deleteByProfile(id);
		await t.badges.deleteByProfile(id);
		const current = await t.settings.get(SETTINGS.currentProfile);
		if (current?.value === id) await t.settings.delete(SETTINGS.currentProfile);
	});
}

export function setPictureCode(
	store: Store,
	id: string,
	code: PictureCode | null
): Promise<Profile> {
	return updateProfile(store, id, { pictureCode: code });
}

/** For the teacher: remove a forgotten picture code. Progress is untouched. */
export function resetPictureCode(store: Store, id: string): Promise<Profile> {
	return setPictureCode(store, id, null);
}

/** True when the profile has no code or the code matches. */
export function checkPictureCode(profile: Profile, code: readonly string[] | null): boolean {
	if (!profile.pictureCode) return true;
	return !!code && sameCode(profile.pictureCode, code);
}

// --- settings ---------------------------------------------------------------------------

export async function getSetting<T>(store: Store, key: string): Promise<T | undefined> {
	const row = await store.read((t) => t.settings.get(key));
	return row?.value as T | undefined;
}

export async function setSetting(store: Store, key: string, value: unknown): Promise<void> {
	await store.write((t) => t.settings.put({ key, value }));
}

/** The profile now learning on this device, or null (guest). */
export async function getCurrentProfileId(store: Store): Promise<string | null> {
	return store.read(async (t) => {
		const id = (await t.settings.get(SETTINGS.currentProfile))?.value;
		if (typeof id !== 'string') return null;
		return (await t.profiles.get(id)) ? id : null;
	});
}

export async function setCurrentProfile(store: Store, id: string | null): Promise<void> {
	await store.write(async (t) => {
		if (id === null) return t.settings.delete(SETTINGS.currentProfile);
		if (!(await t.profiles.get(id))) throw new ProgressError('progress:errors.noProfile');
		await t.settings.put({ key: SETTINGS.currentProfile, value: id });
	});
}

// --- learning ---------------------------------------------------------------------------

function checkId(v: unknown): string {
	if (typeof v !== 'string' || !v || v.length > MAX_ID)
		throw new ProgressError('progress:errors.badInput');
	return v;
}
function checkVersion(v: unknown): number {
	return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 1;
}

async function requireProfile(t: Tables, profileId: string) {
	if (!(await t.profiles.get(profileId))) throw new ProgressError('progress:errors.noProfile');
}

function freshRow(
	profileId: string,
	lessonId: string,
	lessonVersion: number,
	now: number
): LessonProgressRow {
	return {
		profileId,
		lessonId,
		status: 'in-progress',
		currentStep: 0,
		stars: 0,
		bestScore: 0,
		lessonVersion,
		started: now
	};
}

export interface RecordedAttempt {
	attempt: AttemptRow;
	progress: LessonProgressRow;
}

/** Store one answer; the lesson counts as started from its first answer. */
export async function recordAttempt(
	store: Store,
	profileId: string,
	input: AttemptInput,
	now = Date.now()
): Promise<RecordedAttempt> {
	const attempt: AttemptRow = {
		profileId,
		lessonId: checkId(input.lessonId),
		activityId: checkId(input.activityId),
		answer: String(input.answer ?? '').slice(0, MAX_ANSWER),
		correct: input.correct === true,
		at: now,
		lessonVersion: checkVersion(input.lessonVersion)
	};
	const itemId = input.itemId === undefined ? '' : String(input.itemId).slice(0, MAX_ID);
	if (itemId) attempt.itemId = itemId;
	return store.write(async (t) => {
		await requireProfile(t, profileId);
		attempt.id = await t.attempts.add(attempt);
		let progress = await t.lessonProgress.get([profileId, attempt.lessonId]);
		if (!progress || progress.status === 'not-started') {
			progress = {
				...freshRow(profileId, attempt.lessonId, attempt.lessonVersion, now),
				...(progress && { currentStep: progress.currentStep, started: progress.started }),
				status: 'in-progress'
			};
			await t.lessonProgress.put(progress);
		}
		return { attempt, progress };
	});
}

/** Remember where the child is in a lesson (screen index), to resume there. */
export async function saveStep(
	store: Store,
	profileId: string,
	lessonId: string,
	lessonVersion: number,
	index: number,
	now = Date.now()
): Promise<LessonProgressRow> {
	checkId(lessonId);
	const step = Number.isFinite(index) ? Math.min(MAX_STEP, Math.max(0, Math.floor(index))) : 0;
	const version = checkVersion(lessonVersion);
	return store.write(async (t) => {
		await requireProfile(t, profileId);
		const old = await t.lessonProgress.get([profileId, lessonId]);
		const row: LessonProgressRow = {
			...(old ?? freshRow(profileId, lessonId, version, now)),
			status: old?.status === 'done' ? 'done' : 'in-progress',
			currentStep: step,
			lessonVersion: version
		};
		await t.lessonProgress.put(row);
		return row;
	});
}

/** The badges a child holds given the lessons done (pure). */
export function badgesFor(done: ReadonlySet<string>, catalogue: readonly CatalogueLesson[]) {
	const earned: BadgeId[] = [];
	if (done.size > 0) earned.push('first-lesson');
	const groups = new Map<BadgeId, string[]>();
	for (const lesson of catalogue) {
		const keys: BadgeId[] = [
			`band:${lesson.band}`,
			...lesson.topics.map((x) => `topic:${x}` as const)
		];
		for (const key of keys) groups.set(key, [...(groups.get(key) ?? []), lesson.id]);
	}
	for (const [key, ids] of groups) if (ids.every((id) => done.has(id))) earned.push(key);
	return earned;
}

export interface CompletedLesson {
	progress: LessonProgressRow;
	/** Stars for this run (the record keeps the best). */
	stars: 1 | 2 | 3;
	/** True when this run beat the previous best stars. */
	improved: boolean;
	newBadges: BadgeRow[];
}

/**
 * Finish a lesson: score (0..1) → 1-3 stars, best result kept, badges awarded, all in one
 * transaction.
 */
export async function completeLesson(
	store: Store,
	profileId: string,
	lessonId: string,
	lessonVersion: number,
	score: number,
	catalogue: readonly CatalogueLesson[],
	now = Date.now()
): Promise<CompletedLesson> {
	checkId(lessonId);
	const s = clampScore(score);
	const stars = starsFor(s);
	const version = checkVersion(lessonVersion);
	return store.write(async (t) => {
		await requireProfile(t, profileId);
		const old = await t.lessonProgress.get([profileId, lessonId]);
		const progress: LessonProgressRow = {
			...(old ?? freshRow(profileId, lessonId, version, now)),
			status: 'done',
			currentStep: 0,
			stars: Math.max(old?.stars ?? 0, stars),
			bestScore: Math.max(old?.bestScore ?? 0, s),
			lessonVersion: version,
			completed: old?.completed ?? now
		};
		await t.lessonProgress.put(progress);

		const rows = await t.lessonProgress.byProfile(profileId);
		const done = new Set(rows.filter((r) => r.status === 'done').map((r) => r.lessonId));
		const held = new Set((await t.badges.byProfile(profileId)).map((b) => b.badgeId));
		const newBadges = badgesFor(done, catalogue)
			.filter((id) => !held.has(id))
			.map((badgeId) => ({ profileId, badgeId, earned: now }));
		if (newBadges.length) await t.badges.bulkPut(newBadges);
		return { progress, stars, improved: stars > (old?.stars ?? 0), newBadges };
	});
}

export function listProgress(store: Store, profileId: string): Promise<LessonProgressRow[]> {
	return store.read((t) => t.lessonProgress.byProfile(profileId));
}

export async function listAttempts(
	store: Store,
	profileId: string,
	lessonId?: string
): Promise<AttemptRow[]> {
	const rows = await store.read((t) => t.attempts.byProfile(profileId));
	return (lessonId ? rows.filter((r) => r.lessonId === lessonId) : rows).sort(
		(a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0)
	);
}

export async function listBadges(store: Store, profileId: string): Promise<BadgeRow[]> {
	const rows = await store.read((t) => t.badges.byProfile(profileId));
	return rows.sort((a, b) => a.earned - b.earned || a.badgeId.localeCompare(b.badgeId));
}

/**
 * What the lesson player needs. When the lesson's content changed since the child left it
 * half-way, the saved screen index may point elsewhere: start again from the top.
 */
export function progressView(
	row: LessonProgressRow | undefined,
	lessonId: string,
	lessonVersion?: number
): LessonProgressView {
	if (!row) return { lessonId, status: 'not-started', currentStep: 0, stars: 0, bestScore: 0 };
	const stale =
		lessonVersion !== undefined &&
		row.status === 'in-progress' &&
		row.lessonVersion !== lessonVersion;
	return {
		lessonId,
		status: row.status,
		currentStep: stale ? 0 : row.currentStep,
		stars: row.stars,
		bestScore: row.bestScore
	};
}

// --- teacher and device -----------------------------------------------------------------

/**
 * Profiles × lessons for the teacher: status and stars only. Rows in nickname order.
 * Without `lessons`, every lesson seen on the device is listed by id.
 */
export async function classSummary(
	store: Store,
	lessons?: readonly { id: string; title?: string }[]
): Promise<ClassSummary> {
	const [profiles, rows] = await store.read(
		async (t) => [await t.profiles.all(), await t.lessonProgress.all()] as const
	);
	const list =
		lessons && lessons.length
			? lessons.map((l) => ({ id: l.id, title: l.title ?? l.id }))
			: [...new Set(rows.map((r) => r.lessonId))].sort().map((id) => ({ id, title: id }));
	const byProfile = new Map<string, Map<string, LessonProgressRow>>();
	for (const r of rows) {
		let m = byProfile.get(r.profileId);
		if (!m) byProfile.set(r.profileId, (m = new Map()));
		m.set(r.lessonId, r);
	}
	return {
		lessons: list,
		rows: profiles.sort(byNickname).map((p) => {
			const mine = byProfile.get(p.id);
			const cells: ClassSummary['rows'][number]['cells'] = {};
			let done = 0;
			for (const l of list) {
				const r = mine?.get(l.id);
				cells[l.id] = { status: r?.status ?? 'not-started', stars: r?.stars ?? 0 };
				if (r?.status === 'done') done++;
			}
			return {
				profile: {
					id: p.id,
					nickname: p.nickname,
					avatar: p.avatar,
					band: p.band,
					hasCode: !!p.pictureCode
				},
				cells,
				done
			};
		})
	};
}

/** Delete every child and all progress on this device (the storage answer is kept). */
export async function clearDevice(store: Store): Promise<void> {
	await store.write(async (t) => {
		await t.profiles.clear();
		await t.lessonProgress.clear();
		await t.attempts.clear();
		await t.badges.clear();
		const persisted = await t.settings.get(SETTINGS.persisted);
		await t.settings.clear();
		if (persisted) await t.settings.put(persisted);
	});
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Everything in the store, in a stable order (backups, tests, support). */
export async function dump(store: Store): Promise<Dump> {
	const d = await store.read(async (t) => ({
		profiles: await t.profiles.all(),
		lessonProgress: await t.lessonProgress.all(),
		attempts: await t.attempts.all(),
		badges: await t.badges.all(),
		settings: await t.settings.all()
	}));
	d.profiles.sort((a, b) => cmp(a.id, b.id));
	d.lessonProgress.sort((a, b) => cmp(a.profileId, b.profileId) || cmp(a.lessonId, b.lessonId));
	d.attempts.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
	d.badges.sort((a, b) => cmp(a.profileId, b.profileId) || cmp(a.badgeId, b.badgeId));
	d.settings.sort((a, b) => cmp(a.key, b.key));
	return d;
}
