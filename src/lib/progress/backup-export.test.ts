// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dump } from './device';
import { backupFileName, exportBackup } from './backup-export';
import { importBackup } from './backup-merge';
import { classroom, dexieTestStore } from './test-helpers';

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
		const text = JSON.stringify(await exportBackup(store));
		const target = await dexieTestStore();
		const r = await importBackup(target, text);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.result).toMatchObject({ profilesAdded: 2, profilesMerged: 0, attemptsAdded: 2 });
		const [a, b] = [await dump(store), await dump(target)];
		const noIds = (d: typeof a) => d.attempts.map((x) => ({ ...x, id: undefined }));
		expect(b.profiles).toEqual(a.profiles);
		expect(b.lessonProgress).toEqual(a.lessonProgress);
		expect(b.badges).toEqual(a.badges);
		expect(noIds(b)).toEqual(noIds(a));
		// Choosing who is learning is this device's business.
		expect(b.settings).toEqual([]);
	});
});
