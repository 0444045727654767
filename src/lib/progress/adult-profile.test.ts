// @vitest-environment node
// Issue 24: adults' training progress is kept under one adult profile that no children's
// list shows (picker, learner list, class table), and playing a module never changes which
// child is the current learner.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ADULT_ID } from './model';
import { BackupSchema } from './schema';
import { listProfiles } from './profiles';
import { dexieTestStore, learner } from './test-helpers';
import { startProgress } from './test-state';
import * as v from 'valibot';

describe('the adult profile', () => {
	it('records training under the adult, hidden from the children’s lists', async () => {
		const store = await dexieTestStore();
		const s = await startProgress(store);
		const child = await s.createProfile(learner({ nickname: 'Bống' }));
		expect(await s.switchTo(child.id)).toBe(true);
		await s.useAdult();
		expect(await s.saveStep('th-khi-be-ke', 1, 2)).toBe(true);
		expect(s.lessonProgress('th-khi-be-ke', 1).currentStep).toBe(2);
		await s.leaveAdult();
		expect(s.currentProfileId).toBe(child.id);

		const rows = await store.read((t) => t.lessonProgress.all());
		expect(rows.map((r) => [r.profileId, r.lessonId])).toEqual([[ADULT_ID, 'th-khi-be-ke']]);
		expect((await store.read((t) => t.profiles.get(ADULT_ID)))?.kind).toBe('adult');
		// The children's learner list, the picker's live list and the class table.
		expect((await listProfiles(store)).map((p) => p.nickname)).toEqual(['Bống']);
		expect(s.profiles.map((p) => p.id)).toEqual([child.id]);
		const summary = await s.classSummary([{ id: 'th-khi-be-ke', band: '15-17' }]);
		expect(summary.rows.map((r) => r.profile.id)).toEqual([child.id]);
		s.destroy();
	});

	it('reads every profile without a kind (old backups) as a child', () => {
		const backup = {
			app: 'khien-nho',
			kind: 'backup',
			version: 1,
			exportedAt: '2026-12-01T00:00:00.000Z',
			profiles: [{ id: 'p1', nickname: 'Bống', avatar: 'cat', band: '6-8', created: 1 }],
			lessonProgress: [],
			attempts: [],
			badges: []
		};
		const parsed = v.safeParse(BackupSchema, backup);
		expect(parsed.success, JSON.stringify(parsed.issues?.[0]?.message)).toBe(true);
		expect(
			v.safeParse(BackupSchema, { ...backup, profiles: [{ ...backup.profiles[0], kind: 'robot' }] })
				.success
		).toBe(false);
	});
});
