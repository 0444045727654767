// Timings for a club tablet: 40 children × 30 lessons, ~8 answers per lesson (9,600).
import 'fake-indexeddb/auto';
import { bench, describe } from 'vitest';
import { parseBackup } from './backup-check';
import { exportBackup } from './backup-export';
import vi from '$lib/i18n/locales/vi/progress.json';
import { toCsv } from './csv';
import type { AttemptRow, LessonProgressRow, Profile } from './model';
import { AVATARS } from './model';
import { recordAttempt, saveStep } from './learning';
import { classSummary } from './teacher';
import type { Store } from './store';
import { dexieTestStore } from './test-helpers';

const PROFILES = 40;
const LESSONS = Array.from({ length: 30 }, (_, i) => ({
	id: `6-8/${String(i + 1).padStart(2, '0')}-bai`,
	title: `Bài ${i + 1}`
}));

async function classroom(): Promise<{ store: Store; ids: string[] }> {
	const store = await dexieTestStore();
	const t0 = Date.UTC(2026, 8, 1);
	const profiles: Profile[] = Array.from({ length: PROFILES }, (_, i) => ({
		id: `p${i}`,
		nickname: `Bạn số ${i + 1}`,
		avatar: AVATARS[i % AVATARS.length],
		band: '6-8',
		created: t0 + i,
		pictureCode: null
	}));
	const progress: LessonProgressRow[] = [];
	const attempts: AttemptRow[] = [];
	profiles.forEach((p, i) =>
		LESSONS.forEach((l, j) => {
			// Each child is somewhere between lesson 10 and 30.
			if (j > 10 + (i % 20)) return;
			const done = j < 8 + (i % 20);
			progress.push({
				profileId: p.id,
				lessonId: l.id,
				status: done ? 'done' : 'in-progress',
				currentStep: done ? 0 : 3,
				stars: done ? 1 + ((i + j) % 3) : 0,
				bestScore: done ? 0.5 + ((i + j) % 5) / 10 : 0,
				lessonVersion: 1,
				started: t0 + j * 86_400_000,
				...(done ? { completed: t0 + j * 86_400_000 + 900_000 } : {})
			});
			for (let k = 0; k < 8; k++)
				attempts.push({
					profileId: p.id,
					lessonId: l.id,
					activityId: `a${1 + (k % 4)}`,
					itemId: `q${k}`,
					answer: `opt-${k % 3}`,
					correct: k % 4 !== 0,
					at: t0 + j * 86_400_000 + k * 30_000,
					lessonVersion: 1
				});
		})
	);
	await store.write(async (t) => {
		await t.profiles.bulkPut(profiles);
		await t.lessonProgress.bulkPut(progress);
		await t.attempts.bulkAdd(attempts);
	});
	return { store, ids: profiles.map((p) => p.id) };
}

const { store, ids } = await classroom();
let n = 0;
const backupText = JSON.stringify(await exportBackup(store));

describe('progress store, 40 profiles × 30 lessons, 9,600 answers (fake-indexeddb)', () => {
	bench('recordAttempt: one answer written', async () => {
		await recordAttempt(store, ids[n++ % PROFILES], {
			lessonId: LESSONS[n % 30].id,
			lessonVersion: 1,
			activityId: 'a1',
			itemId: 'q1',
			answer: 'opt-1',
			correct: true
		});
	});

	bench('saveStep: resume point written', async () => {
		await saveStep(store, ids[n++ % PROFILES], LESSONS[n % 30].id, 1, n % 12);
	});

	bench('classSummary: 40 × 30 table', async () => {
		await classSummary(store, LESSONS);
	});

	bench('classSummary + toCsv', async () => {
		toCsv(await classSummary(store, LESSONS), vi.csv);
	});

	bench('exportBackup: whole device', async () => {
		await exportBackup(store);
	});

	bench(`parseBackup: whole device (${Math.round(backupText.length / 1024)} kB)`, () => {
		if (!parseBackup(backupText).ok) throw new Error('backup refused');
	});
});
