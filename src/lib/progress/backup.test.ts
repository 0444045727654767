// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
	MAX_BACKUP_BYTES,
	applyBackup,
	backupFileName,
	backupToJson,
	exportBackup,
	importBackup,
	parseBackup,
	type Backup
} from './backup';
import * as repo from './repository';
import type { Store } from './store';
import { CATALOGUE, dexieTestStore, failingStore, learner, quotaError } from './test-helpers';

async function classroom() {
	const store = await dexieTestStore();
	const an = await repo.createProfile(store, learner({ nickname: 'An' }), 1);
	const binh = await repo.createProfile(
		store,
		learner({
			nickname: 'Bình',
			avatar: 'owl',
			band: '9-10',
			pictureCode: ['sun', 'boat', 'heart']
		}),
		2
	);
	for (const [p, i] of [
		[an, 0],
		[binh, 1]
	] as const) {
		await repo.recordAttempt(
			store,
			p.id,
			{
				lessonId: 'l1',
				lessonVersion: 1,
				activityId: 'a1',
				itemId: 'q1',
				answer: 'b',
				correct: true
			},
			100 + i
		);
		await repo.completeLesson(store, p.id, 'l1', 1, 0.8, CATALOGUE, 200 + i);
		await repo.saveStep(store, p.id, 'l2', 1, 2, 300 + i);
	}
	await repo.setCurrentProfile(store, an.id);
	return { store, an, binh };
}

const json = (b: unknown) => JSON.stringify(b);

describe('export', () => {
	it('exports everything, or one profile only, in the versioned format', async () => {
		const { store, an } = await classroom();
		const all = await exportBackup(store, undefined, new Date('2026-11-28T08:00:00Z'));
		expect(all).toMatchObject({
			app: 'khien-nho',
			kind: 'backup',
			version: 1,
			exportedAt: '2026-11-28T08:00:00.000Z'
		});
		expect(all.profiles).toHaveLength(2);
		expect(all.lessonProgress).toHaveLength(4);
		expect(all.attempts).toHaveLength(2);
		expect(all.attempts.every((a) => !('id' in a))).toBe(true);
		expect(all.badges.length).toBeGreaterThan(0);
		expect(json(all)).not.toContain('currentProfile');

		const one = await exportBackup(store, an.id);
		expect(one.profiles.map((p) => p.id)).toEqual([an.id]);
		for (const rows of [one.lessonProgress, one.attempts, one.badges])
			expect(rows.every((r) => r.profileId === an.id) && rows.length > 0).toBe(true);
		expect(backupFileName(new Date(2026, 0, 5))).toBe('khien-nho-2026-01-05.json');
	});

	it('moves a whole device to an empty one', async () => {
		const { store } = await classroom();
		const text = backupToJson(await exportBackup(store));
		const target = await dexieTestStore();
		const r = await importBackup(target, text);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.result).toMatchObject({ profilesAdded: 2, profilesMerged: 0, attemptsAdded: 2 });
		const [a, b] = [await repo.dump(store), await repo.dump(target)];
		const noIds = (d: typeof a) => d.attempts.map((x) => ({ ...x, id: undefined }));
		expect(b.profiles).toEqual(a.profiles);
		expect(b.lessonProgress).toEqual(a.lessonProgress);
		expect(b.badges).toEqual(a.badges);
		expect(noIds(b)).toEqual(noIds(a));
		// Choosing who is learning is this device's business.
		expect(b.settings).toEqual([]);
	});
});

describe('merge', () => {
	it('keeps the best of each lesson, every answer once, and the union of badges', async () => {
		const { store, an } = await classroom();
		await repo.saveStep(store, an.id, 'l3', 1, 5, 400);
		const before = await repo.dump(store);
		const mine = (lessonId: string) =>
			before.lessonProgress.find((r) => r.profileId === an.id && r.lessonId === lessonId)!;

		const incoming: Backup = {
			...(await exportBackup(store, an.id)),
			profiles: [{ ...before.profiles.find((p) => p.id === an.id)!, nickname: 'An (máy khác)' }],
			lessonProgress: [
				// l1 done here with 2 stars, there with 3 stars but later: best stars, earliest dates.
				{ ...mine('l1'), stars: 3, bestScore: 0.95, started: 50, completed: 900 },
				// l2 in progress here, done there: done wins.
				{ ...mine('l2'), status: 'done', stars: 1, bestScore: 0.4, completed: 950, started: 350 },
				// l3 in progress in both: furthest screen kept.
				{ ...mine('l3'), currentStep: 2, started: 450 },
				// l9 only there.
				{ ...mine('l3'), lessonId: 'l9', status: 'done', stars: 2, bestScore: 0.7, completed: 990 }
			],
			attempts: [
				// The same answer as on this device, and a new one (twice in the file).
				{
					profileId: an.id,
					lessonId: 'l1',
					lessonVersion: 1,
					activityId: 'a1',
					itemId: 'q1',
					answer: 'b',
					correct: true,
					at: 100
				},
				{
					profileId: an.id,
					lessonId: 'l9',
					lessonVersion: 1,
					activityId: 'a2',
					answer: 'x',
					correct: false,
					at: 980
				},
				{
					profileId: an.id,
					lessonId: 'l9',
					lessonVersion: 1,
					activityId: 'a2',
					answer: 'x',
					correct: false,
					at: 980
				}
			],
			badges: [
				{ profileId: an.id, badgeId: 'first-lesson', earned: 150 },
				{ profileId: an.id, badgeId: 'topic:passwords', earned: 990 }
			]
		};
		const r = await importBackup(store, json(incoming));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.result).toMatchObject({
			profilesAdded: 0,
			profilesMerged: 1,
			attemptsAdded: 1,
			badgesAdded: 1
		});

		const after = await repo.dump(store);
		expect(after.profiles).toEqual(before.profiles); // nickname on this device kept
		const row = (id: string) =>
			after.lessonProgress.find((x) => x.profileId === an.id && x.lessonId === id);
		expect(row('l1')).toMatchObject({
			status: 'done',
			stars: 3,
			bestScore: 0.95,
			started: 50,
			completed: mine('l1').completed
		});
		expect(row('l2')).toMatchObject({
			status: 'done',
			stars: 1,
			bestScore: 0.4,
			completed: 950,
			started: mine('l2').started
		});
		expect(row('l3')).toMatchObject({ status: 'in-progress', currentStep: 5, started: 400 });
		expect(row('l9')).toMatchObject({ status: 'done', stars: 2 });
		const answers = after.attempts.filter((a) => a.profileId === an.id);
		expect(answers.map((a) => [a.lessonId, a.answer, a.at])).toEqual([
			['l1', 'b', 100],
			['l9', 'x', 980]
		]);
		const badges = after.badges.filter((b) => b.profileId === an.id);
		expect(badges.find((b) => b.badgeId === 'first-lesson')?.earned).toBe(150);
		expect(badges.map((b) => b.badgeId)).toContain('topic:passwords');
		// The other child is untouched.
		const other = (d: typeof before) => json(d.lessonProgress.filter((x) => x.profileId !== an.id));
		expect(other(after)).toBe(other(before));

		// Importing the same file again changes nothing.
		await importBackup(store, json(incoming));
		expect(await repo.dump(store)).toEqual(after);
	});

	it('writes nothing when the import fails half-way (one transaction)', async () => {
		const { store } = await classroom();
		const text = json(await exportBackup(store));
		const target = await dexieTestStore();
		await repo.createProfile(target, learner({ nickname: 'Chi' }));
		const before = await repo.dump(target);
		const parsed = parseBackup(text);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		const full = failingStore(target, (t) => ({
			...t,
			attempts: { ...t.attempts, bulkAdd: () => Promise.reject(quotaError()) }
		}));
		await expect(applyBackup(full, parsed.backup)).rejects.toMatchObject({
			name: 'QuotaExceededError'
		});
		expect(await repo.dump(target)).toEqual(before);
	});
});

describe('refused imports leave the device exactly as it was', () => {
	let valid: Backup;
	const mutate = (f: (b: Record<string, unknown> & Backup) => unknown) => () => {
		const copy = structuredClone(valid) as Record<string, unknown> & Backup;
		f(copy);
		return json(copy);
	};
	const cases: [string, () => string, string][] = [
		['not JSON', () => 'Xin chào, đây là bài tập về nhà', 'notJson'],
		['empty file', () => '   ', 'empty'],
		[
			'JSON of another app',
			() => json({ app: 'other-app', kind: 'backup', version: 1 }),
			'notOurs'
		],
		['a JSON array', () => '[1,2,3]', 'notOurs'],
		[
			'not a backup kind',
			mutate((b) => ((b as Record<string, unknown>).kind = 'settings')),
			'notOurs'
		],
		[
			'a newer version',
			mutate((b) => ((b as Record<string, unknown>).version = 2)),
			'newerVersion'
		],
		[
			'a version that is not a number',
			mutate((b) => ((b as Record<string, unknown>).version = '1')),
			'badVersion'
		],
		['truncated JSON', () => json(valid).slice(0, Math.floor(json(valid).length / 2)), 'truncated'],
		['too large', () => json({ ...valid, padding: 'x'.repeat(MAX_BACKUP_BYTES) }), 'tooLarge'],
		[
			'a missing field',
			mutate((b) => delete (b.profiles[0] as Partial<Backup['profiles'][0]>).band),
			'missingField'
		],
		['a missing table', mutate((b) => delete (b as Partial<Backup>).attempts), 'missingField'],
		[
			'a wrong type',
			mutate((b) => ((b.lessonProgress[0] as { stars: unknown }).stars = '3')),
			'wrongType'
		],
		[
			'a nickname over 20 characters',
			mutate((b) => (b.profiles[0].nickname = 'Nguyễn Ngọc Bảo Trâm Anh')),
			'nicknameTooLong'
		],
		['an empty nickname', mutate((b) => (b.profiles[0].nickname = '  ')), 'nicknameEmpty'],
		[
			'an unknown avatar',
			mutate((b) => ((b.profiles[0] as { avatar: string }).avatar = 'unicorn')),
			'unknownAvatar'
		],
		[
			'an unknown band',
			mutate((b) => ((b.profiles[0] as { band: string }).band = '18+')),
			'unknownBand'
		],
		[
			'a bad picture code',
			mutate(
				(b) => ((b.profiles[1] as { pictureCode: unknown }).pictureCode = ['sun', 'dog', 'star'])
			),
			'unknownPicture'
		],
		['stars out of range', mutate((b) => (b.lessonProgress[0].stars = 7)), 'badValue'],
		[
			'a bad lesson status',
			mutate((b) => ((b.lessonProgress[0] as { status: string }).status = 'perfect')),
			'badStatus'
		],
		['duplicate profile ids', mutate((b) => b.profiles.push({ ...b.profiles[0] })), 'duplicate'],
		[
			'duplicate lesson rows',
			mutate((b) => b.lessonProgress.push({ ...b.lessonProgress[0] })),
			'duplicate'
		],
		[
			'progress of nobody in the file',
			mutate((b) => (b.attempts[0].profileId = 'someone-else')),
			'unknownProfile'
		],
		['no profiles', mutate((b) => (b.profiles = [])), 'noProfiles']
	];

	it.each(cases)('refuses %s', async (_name, file, key) => {
		const { store } = await classroom();
		valid ??= await exportBackup(store);
		const text = file();
		const before = await repo.dump(store);
		const r = await importBackup(store, text);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.map((e) => e.key)).toContain(`progress:backup.errors.${key}`);
		expect(await repo.dump(store)).toEqual(before);
	});

	it('points at the wrong field', async () => {
		const { store } = await classroom();
		const b = structuredClone(await exportBackup(store));
		(b.lessonProgress[1] as { bestScore: unknown }).bestScore = 'cao';
		const r = parseBackup(json(b));
		expect(r).toEqual({
			ok: false,
			errors: [{ key: 'progress:backup.errors.wrongType', path: 'lessonProgress.1.bestScore' }]
		});
	});

	it('accepts a file with a BOM and drops fields it does not know', async () => {
		const { store } = await classroom();
		const b = await exportBackup(store);
		const text =
			'\uFEFF' + json({ ...b, profiles: b.profiles.map((p) => ({ ...p, realName: 'X' })) });
		const r = parseBackup(text);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.backup.profiles.every((p) => !('realName' in p))).toBe(true);
		expect(r.preview.counts).toEqual({
			profiles: 2,
			lessonProgress: 4,
			attempts: 2,
			badges: b.badges.length
		});
		expect(r.preview.profiles[0]).toMatchObject({
			nickname: 'An',
			lessonsDone: 1,
			lessonsStarted: 1,
			attempts: 1
		});
	});
});

describe('round trip through a file', () => {
	it('accepts everything the app itself records', async () => {
		const store = await dexieTestStore();
		const p = await repo.createProfile(store, learner());
		const base = { lessonId: 'l1', lessonVersion: 0, activityId: 'a1', correct: false };
		await repo.recordAttempt(store, p.id, { ...base, itemId: '', answer: '' });
		await repo.recordAttempt(store, p.id, { ...base, answer: 'x'.repeat(600) });
		await repo.saveStep(store, p.id, 'l1', 0, 1e9);
		const r = parseBackup(json(await exportBackup(store)));
		expect(r.ok).toBe(true);
	});

	it('keeps nicknames byte for byte', async () => {
		const store: Store = await dexieTestStore();
		await repo.createProfile(store, learner({ nickname: 'Thuỷ "Mèo" <b>' }));
		const r = parseBackup(json(await exportBackup(store)));
		expect(r.ok && r.backup.profiles[0].nickname).toBe('Thuỷ "Mèo" <b>');
	});
});
