// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dump } from './device';
import { recordAttempt, saveStep } from './learning';
import { createProfile } from './profile-edit';
import { parseBackup } from './backup-check';
import { exportBackup } from './backup-export';
import { importBackup } from './backup-merge';
import { MAX_BACKUP_BYTES, type Backup } from './model';
import type { Store } from './store';
import { classroom, dexieTestStore, learner } from './test-helpers';

const json = (b: unknown) => JSON.stringify(b);

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
		const before = await dump(store);
		const r = await importBackup(store, text);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.map((e) => e.key)).toContain(`progress:backup.errors.${key}`);
		expect(await dump(store)).toEqual(before);
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
		const p = await createProfile(store, learner());
		const base = { lessonId: 'l1', lessonVersion: 0, activityId: 'a1', correct: false };
		await recordAttempt(store, p.id, { ...base, itemId: '', answer: '' });
		await recordAttempt(store, p.id, { ...base, answer: 'x'.repeat(600) });
		await saveStep(store, p.id, 'l1', 0, 1e9);
		const r = parseBackup(json(await exportBackup(store)));
		expect(r.ok).toBe(true);
	});

	it('keeps nicknames byte for byte', async () => {
		const store: Store = await dexieTestStore();
		await createProfile(store, learner({ nickname: 'Thuỷ "Mèo" <b>' }));
		const r = parseBackup(json(await exportBackup(store)));
		expect(r.ok && r.backup.profiles[0].nickname).toBe('Thuỷ "Mèo" <b>');
	});
});
