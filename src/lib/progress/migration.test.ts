// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openStore } from './db';
import { dump } from './device';
import { completeLesson, listAttempts } from './learning';
import { getCurrentProfileId } from './profiles';
import { BADGES } from './test-helpers';

// The schema exactly as version 1 of the app shipped it. Frozen here on purpose: if db.ts
// ever edits v1 instead of adding a version, this test still opens a true v1 database.
const V1 = {
	profiles: 'id',
	lessonProgress: '[profileId+lessonId], profileId',
	attempts: '++id, profileId, [profileId+lessonId]',
	badges: '[profileId+badgeId], profileId',
	settings: 'key'
};

const day = 86_400_000;
const t0 = Date.UTC(2026, 8, 5, 1, 30);

// What a club tablet running v1 holds after a few weeks.
const v1Profiles = [
	{ id: 'p-bong', nickname: 'Bống', avatar: 'cat', band: '6-8', created: t0 },
	{ id: 'p-tuan', nickname: 'Tuấn "Bi"', avatar: 'buffalo', band: '9-10', created: t0 + 1 },
	{ id: 'p-ha', nickname: 'Hà, lớp 5A', avatar: 'owl', band: '11-14', created: t0 + 2 }
];
const v1Progress = [
	{
		profileId: 'p-bong',
		lessonId: '6-8/01-co-the-em',
		status: 'done',
		currentStep: 0,
		stars: 3,
		bestScore: 1,
		lessonVersion: 2,
		started: t0 + day,
		completed: t0 + day + 600_000
	},
	{
		profileId: 'p-bong',
		lessonId: '6-8/02-nguoi-la',
		status: 'in-progress',
		currentStep: 4,
		stars: 0,
		bestScore: 0,
		lessonVersion: 1,
		started: t0 + 2 * day
	},
	{
		profileId: 'p-tuan',
		lessonId: '9-10/01-mat-khau',
		status: 'done',
		currentStep: 0,
		stars: 2,
		bestScore: 0.75,
		lessonVersion: 3,
		started: t0 + day,
		completed: t0 + 3 * day
	}
];
// v1 did not record the lesson version with each answer.
type Answer = [string, string, string, string | undefined, string, boolean];
const v1Attempts = (
	[
		['p-bong', '6-8/01-co-the-em', 'a1', 'q1', 'noi-voi-me', true],
		['p-bong', '6-8/01-co-the-em', 'a2', undefined, 'giu-bi-mat', false],
		['p-bong', '6-8/01-co-the-em', 'a2', undefined, 'ke-voi-co', true],
		['p-bong', '6-8/02-nguoi-la', 'a1', 'm3', 'chan', true],
		['p-tuan', '9-10/01-mat-khau', 'a1', 'c1', 'bin:secret', true],
		['p-tuan', '9-10/01-mat-khau', 'a3', 's2', 'private', true],
		['p-ha', '11-14/03-lua-dao', 'a1', undefined, 'report', true]
	] satisfies Answer[]
).map(([profileId, lessonId, activityId, itemId, answer, correct], i) => ({
	profileId,
	lessonId,
	activityId,
	...(itemId ? { itemId } : {}),
	answer,
	correct,
	at: t0 + day + i * 60_000
}));
const v1Badges = [
	{ profileId: 'p-bong', badgeId: 'first-lesson', earned: t0 + day + 600_000 },
	{ profileId: 'p-tuan', badgeId: 'first-lesson', earned: t0 + 3 * day }
];
const v1Settings = [
	{ key: 'currentProfile', value: 'p-tuan' },
	{ key: 'persisted', value: false }
];

async function createV1(name: string) {
	const old = new Dexie(name);
	old.version(1).stores(V1);
	await old.open();
	await old.table('profiles').bulkAdd(v1Profiles);
	await old.table('lessonProgress').bulkAdd(v1Progress);
	await old.table('attempts').bulkAdd(v1Attempts);
	await old.table('badges').bulkAdd(v1Badges);
	await old.table('settings').bulkAdd(v1Settings);
	expect(old.verno).toBe(1);
	old.close();
}

describe('schema migration v1 → current', () => {
	it('keeps every v1 record, fills the new fields and stays usable', async () => {
		const name = `khien-nho-v1-${Date.now()}`;
		await createV1(name);

		const { store, fallback } = await openStore({ name });
		expect(fallback).toBeUndefined();
		expect(store.kind).toBe('indexeddb');
		const d = await dump(store);

		expect(d.profiles).toEqual(
			[...v1Profiles]
				.sort((a, b) => a.id.localeCompare(b.id))
				.map((p) => ({ ...p, pictureCode: null }))
		);
		expect(d.lessonProgress).toEqual(
			[...v1Progress].sort(
				(a, b) => a.profileId.localeCompare(b.profileId) || a.lessonId.localeCompare(b.lessonId)
			)
		);
		expect(d.badges).toEqual(v1Badges);
		expect(d.settings).toEqual(v1Settings);

		// Every answer kept with its auto id, now with the version of the lesson it belonged
		// to (from the child's lesson progress), or 1 when the lesson was never saved.
		const versionOf: Record<string, number> = {
			'6-8/01-co-the-em': 2,
			'6-8/02-nguoi-la': 1,
			'9-10/01-mat-khau': 3,
			'11-14/03-lua-dao': 1
		};
		expect(d.attempts).toEqual(
			v1Attempts.map((a, i) => ({ ...a, id: i + 1, lessonVersion: versionOf[a.lessonId] }))
		);

		// The upgraded database is the current schema and works with today's code.
		const raw = new Dexie(name);
		await raw.open();
		expect(raw.verno).toBe(DB_VERSION);
		expect(raw.table('attempts').schema.indexes.map((i) => i.name)).toContain(
			'[lessonId+lessonVersion]'
		);
		raw.close();
		expect(await getCurrentProfileId(store)).toBe('p-tuan');
		const done = await completeLesson(store, 'p-bong', '6-8/02-nguoi-la', 1, 0.8, BADGES);
		expect(done.progress).toMatchObject({ status: 'done', stars: 2, started: t0 + 2 * day });
		expect(await listAttempts(store, 'p-ha')).toHaveLength(1);
		store.close();
	});
});
