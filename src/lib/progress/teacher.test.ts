// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { completeLesson, recordAttempt, saveStep } from './learning';
import { createProfile, updateProfile } from './profile-edit';
import { setCurrentProfile } from './profiles';
import { classSummary } from './teacher';
import type { Store } from './store';
import vi from '$lib/i18n/locales/vi/progress.json';
import { toCsv } from './csv';
import { BADGES, STORES, learner } from './test-helpers';

const COURSE = [
	{ id: 'a1', title: 'Cơ thể em', band: '6-8' },
	{ id: 'a2', title: 'Bí mật', band: '6-8' },
	{ id: 'b1', title: 'Mật khẩu', band: '9-10' },
	{ id: 'c1', title: 'Dụ dỗ', band: '11-14' }
] as const;

describe.each(STORES)('class summary on %s', (_kind, makeStore) => {
	let store: Store;
	const fresh = async () => (store = await makeStore());
	async function twoChildren() {
		await fresh();
		const a = await createProfile(store, learner({ nickname: 'An' }));
		const b = await createProfile(store, learner({ nickname: 'Bình', avatar: 'owl' }));
		for (const p of [a, b]) {
			await recordAttempt(store, p.id, {
				lessonId: 'l1',
				lessonVersion: 1,
				activityId: 'a1',
				answer: 'x',
				correct: true
			});
			await completeLesson(store, p.id, 'l1', 1, 1, BADGES);
		}
		await setCurrentProfile(store, a.id);
		return [a, b] as const;
	}

	it('summarises profiles × lessons in nickname order, with no ranking', async () => {
		const [a, b] = await twoChildren();
		await saveStep(store, b.id, 'l2', 1, 2);
		const locked = await updateProfile(store, b.id, { pictureCode: ['sun', 'moon', 'star'] });
		const s = await classSummary(store, [
			{ id: 'l1', title: 'Bài 1' },
			{ id: 'l2', title: 'Bài 2' },
			{ id: 'l3' }
		]);
		expect(s.lessons).toEqual([
			{ id: 'l1', title: 'Bài 1' },
			{ id: 'l2', title: 'Bài 2' },
			{ id: 'l3', title: 'l3' }
		]);
		expect(s.rows.map((r) => r.profile.nickname)).toEqual(['An', 'Bình']);
		expect(s.rows[0]).toEqual({
			profile: { id: a.id, nickname: 'An', avatar: 'cat', band: '6-8', hasCode: false },
			cells: {
				l1: { status: 'done', stars: 3 },
				l2: { status: 'not-started', stars: 0 },
				l3: { status: 'not-started', stars: 0 }
			},
			done: 1
		});
		expect(s.rows[1].profile.hasCode).toBe(!!locked.pictureCode);
		expect(s.rows[1].cells.l2).toEqual({ status: 'in-progress', stars: 0 });
		// Without a lesson list: every lesson seen on the device.
		expect((await classSummary(store)).lessons.map((l) => l.id)).toEqual(['l1', 'l2']);
	});

	/** A club: "Bạn số 1/2/10" in 6-8 (entered out of order), Lan in 9-10, nobody in 11-14. */
	async function club() {
		await fresh();
		const ids: Record<string, string> = {};
		for (const [nickname, band, avatar] of [
			['Bạn số 10', '6-8', 'cat'],
			['Bạn số 2', '6-8', 'dog'],
			['Lan', '9-10', 'owl'],
			['Bạn số 1', '6-8', 'pig']
		] as const)
			ids[nickname] = (await createProfile(store, learner({ nickname, band, avatar }))).id;
		await completeLesson(store, ids['Bạn số 2'], 'a1', 1, 1, BADGES);
		await saveStep(store, ids['Bạn số 10'], 'a2', 1, 3);
		await completeLesson(store, ids['Lan'], 'b1', 1, 0.6, BADGES);
		// A 6-8 learner who opened a 9-10 lesson: it counts in the 9-10 columns only.
		await completeLesson(store, ids['Bạn số 1'], 'b1', 1, 1, BADGES);
		return ids;
	}

	it('sorts nicknames naturally: "Bạn số 2" before "Bạn số 10", in the table and the CSV', async () => {
		await club();
		const s = await classSummary(store, COURSE, '6-8');
		expect(s.rows.map((r) => r.profile.nickname)).toEqual(['Bạn số 1', 'Bạn số 2', 'Bạn số 10']);
		const lines = toCsv(s, vi.csv).slice(1).split('\r\n');
		expect(lines.slice(1, 4).map((l) => l.split(',')[0])).toEqual([
			'Bạn số 1',
			'Bạn số 2',
			'Bạn số 10'
		]);
	});

	it('keeps one band: its learners and its lessons, done counted over them', async () => {
		const ids = await club();
		const s = await classSummary(store, COURSE, '6-8');
		expect(s.lessons.map((l) => l.id)).toEqual(['a1', 'a2']);
		expect(s.rows.map((r) => [r.profile.nickname, r.done])).toEqual([
			['Bạn số 1', 0],
			['Bạn số 2', 1],
			['Bạn số 10', 0]
		]);
		expect(s.rows[2].cells).toEqual({
			a1: { status: 'not-started', stars: 0 },
			a2: { status: 'in-progress', stars: 0 }
		});
		expect(s.bands).toEqual([
			{ band: '6-8', learners: 3 },
			{ band: '9-10', learners: 1 }
		]);
		const lan = await classSummary(store, COURSE, '9-10');
		expect(lan.rows.map((r) => r.profile.id)).toEqual([ids['Lan']]);
		expect(lan.lessons.map((l) => l.id)).toEqual(['b1']);
		expect(lan.rows[0]).toMatchObject({ done: 1, cells: { b1: { status: 'done', stars: 2 } } });
	});

	it('by default shows every learner and the lessons of the bands that have learners', async () => {
		const ids = await club();
		const s = await classSummary(store, COURSE, 'with-learners');
		expect(s.lessons.map((l) => l.id)).toEqual(['a1', 'a2', 'b1']);
		expect(s.rows.map((r) => r.profile.nickname)).toEqual([
			'Bạn số 1',
			'Bạn số 2',
			'Bạn số 10',
			'Lan'
		]);
		expect(s.rows[0]).toMatchObject({ profile: { id: ids['Bạn số 1'] }, done: 1 });
		// Without a filter (the certificate counts every lesson done): every lesson given.
		expect((await classSummary(store, COURSE)).lessons.map((l) => l.id)).toEqual([
			'a1',
			'a2',
			'b1',
			'c1'
		]);
	});

	it('writes one band as CSV: its columns, its learners, BOM, CRLF and the formula guard kept', async () => {
		await club();
		await createProfile(store, learner({ nickname: '=2+5', band: '9-10', avatar: 'duck' }));
		const csv = toCsv(await classSummary(store, COURSE, '9-10'), vi.csv);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.slice(1).split('\r\n')).toEqual([
			'Tên gọi,Độ tuổi,Số bài đã xong,Mật khẩu',
			"'=2+5,9-10 tuổi,0,Chưa học",
			'Lan,9-10 tuổi,1,Xong (2 sao)',
			''
		]);
		const all = toCsv(await classSummary(store, COURSE, 'with-learners'), vi.csv);
		expect(all.slice(1).split('\r\n')[0]).toBe(
			'Tên gọi,Độ tuổi,Số bài đã xong,Cơ thể em,Bí mật,Mật khẩu'
		);
		expect(all.slice(1).split('\r\n')).toHaveLength(7);
	});
});
