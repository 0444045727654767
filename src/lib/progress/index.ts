/**
 * Progress on the device (IndexedDB via Dexie; in memory when that is unavailable).
 *
 * Usage
 * - Once, on the client (root +layout.svelte):
 *     import { progress } from '$lib/progress';
 *     onMount(() => { void progress.init(); });
 * - Lesson player (contract in api.ts):
 *     progress.lessonProgress(lesson.id, lesson.version)      // reactive: status, step, stars
 *     await progress.saveStep(lesson.id, lesson.version, index)
 *     await progress.recordAttempt({ lessonId, lessonVersion, activityId, itemId, answer, correct })
 *     const r = await progress.completeLesson(lesson.id, lesson.version, score0to1, catalogue)
 *       // catalogue: { id, band, topics }[] (LessonMeta fits); r.stars, r.newBadges
 * - Who is learning: progress.currentProfile (null = guest, kept in memory only),
 *   progress.profiles, progress.badges, progress.switchTo(id, code?).
 * - Notices: progress.storage ('loading' | 'indexeddb' | 'memory'), progress.lastError
 *   (a translation key: t(progress.lastError)), progress.persisted (boolean | null).
 *   Mount <StorageNotice /> in the layout to show them.
 * - Components (src/lib/components/profiles): ProfilePicker (/nguoi-hoc, `onChosen(id|null)`),
 *   ProfileForm, PictureCode, Avatar, BackupPanel + ClearDevice + StorageNotice
 *   (`showPersisted` on /cai-dat), ClassSummary (`lessons={[{ id, title }]}`, /thay-co/...).
 *   Each takes an optional `progress` prop (a ProgressState; defaults to the app's one).
 * - Nothing else may touch IndexedDB: db.ts owns Dexie; repository.ts holds plain functions
 *   over a `Store` for scripts and tests.
 */
export type { AttemptInput, LessonProgressView, LessonStatus, ActivityResult } from './api';
export * from './model';
export type { Store, StoreKind, Tables, Observable, Subscription } from './store';
export { openStore, DB_NAME, DB_VERSION, type OpenOptions, type OpenResult } from './db';
export { createMemoryStore } from './memory';
export * as repository from './repository';
export type { CompletedLesson, RecordedAttempt } from './repository';
export {
	BACKUP_VERSION,
	MAX_BACKUP_BYTES,
	applyBackup,
	backupFileName,
	downloadBackup,
	exportBackup,
	importBackup,
	parseBackup,
	type ApplyResult,
	type Backup,
	type BackupError,
	type BackupPreview,
	type ParsedBackup
} from './backup';
export { DEFAULT_CSV_LABELS, csvField, csvLabels, downloadCsv, toCsv, type CsvLabels } from './csv';
export {
	progress,
	ProgressState,
	errorKey,
	type InitOptions,
	type StorageStatus
} from './progress.svelte';
