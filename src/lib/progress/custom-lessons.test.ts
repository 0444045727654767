// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openStore } from './db';
import { createMemoryStore } from './memory';
import {
	deleteCustomLesson,
	getCustomLesson,
	listCustomLessons,
	putCustomLessons,
	type CustomLessonRow
} from './custom-lessons';
import type { Store } from './store';

const row = (id: string): CustomLessonRow => ({
	id,
	band: '9-10',
	title: `Bài ${id}`,
	summary: 'Tóm tắt',
	version: 1,
	source: '---\nid: x\n---',
	lesson: { id } as CustomLessonRow['lesson'],
	updated: 1
});

async function stores(): Promise<[string, Store][]> {
	const { store, fallback } = await openStore({ name: `custom-${Math.random()}` });
	expect(fallback).toBeUndefined();
	return [
		['IndexedDB (Dexie v6)', store],
		['memory', createMemoryStore()]
	];
}

describe('teachers’ lessons on the device', () => {
	it('keeps, reads, replaces and deletes rows, on both stores', async () => {
		for (const [name, store] of await stores()) {
			await putCustomLessons(store, [row('a'), row('b')]);
			await putCustomLessons(store, [{ ...row('a'), title: 'Đã sửa' }]);
			expect((await getCustomLesson(store, 'a'))?.title, name).toBe('Đã sửa');
			await deleteCustomLesson(store, 'b');
			expect(
				(await listCustomLessons(store)).map((r) => r.id),
				name
			).toEqual(['a']);
			store.close();
		}
	});

	it('writes several rows all or nothing', async () => {
		for (const [name, store] of await stores()) {
			await putCustomLessons(store, [row('a')]);
			// A row that cannot be stored (a function cannot be cloned) fails the whole write.
			const bad = { ...row('c'), lesson: () => 1 } as unknown as CustomLessonRow;
			await expect(putCustomLessons(store, [row('b'), bad]), name).rejects.toBeTruthy();
			expect(
				(await listCustomLessons(store)).map((r) => r.id),
				name
			).toEqual(['a']);
			store.close();
		}
	});
});
