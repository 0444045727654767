import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '$lib/progress/memory';
import { listCustomLessons, putCustomLessons } from '$lib/progress/custom-lessons';
import { bundleJson, checkImport, importLessons } from './bundle';
import { checkLesson } from './studio';
import { STARTER } from './templates';

const opts = { courseIds: new Set(['b910-choi-game-an-toan']), base: '' };
const withId = (id: string) => STARTER.replace(/^id: .*$/m, `id: ${id}`);
const step = (body: string) =>
	STARTER.replace('Em có quyền không trả lời', `${body}\nEm có quyền không trả lời`);

async function storeWithOne() {
	const store = createMemoryStore();
	const kept = checkLesson(withId('bai-cu'), opts).row!;
	await putCustomLessons(store, [kept]);
	return store;
}

describe('studio import', () => {
	it('keeps a valid .md and a valid bundle, whole', async () => {
		const store = createMemoryStore();
		const one = await importLessons(store, 'bai.md', STARTER, opts);
		expect(one.errors).toEqual([]);
		const bundle = bundleJson([{ source: withId('bai-hai') }, { source: withId('bai-ba') }]);
		const two = await importLessons(store, 'goi.json', bundle, opts);
		expect(two.errors).toEqual([]);
		const ids = (await listCustomLessons(store)).map((r) => r.id).sort();
		expect(ids).toEqual(['bai-ba', 'bai-hai', 'bai-moi-cua-lop']);
		const row = (await listCustomLessons(store)).find((r) => r.id === 'bai-hai')!;
		expect(row.lesson.screens.length).toBeGreaterThan(1);
		expect(row).not.toHaveProperty('lesson.facilitator');
	});

	const refused: [string, string, string, RegExp][] = [
		['<script>', 'bai.md', step('<script>alert(1)</script>'), /raw HTML/],
		['an img onerror', 'bai.md', step('<img src=x onerror=alert(1)>'), /raw HTML/],
		['a javascript: link', 'bai.md', step('Bấm [đây](javascript:alert(1)).'), /unsafe link/],
		[
			'a hidden javascript: link',
			'bai.md',
			step('Bấm [đây](&#106;avascript:alert(1)).'),
			/unsafe link/
		],
		[
			'a broken lesson',
			'bai.md',
			STARTER.replace('::: facilitator', '::: facilitatorr'),
			/unknown block/
		],
		['a course id', 'bai.md', withId('b910-choi-game-an-toan'), /duplicate id/],
		['not JSON', 'goi.json', '{"format":', /not JSON/],
		['a foreign JSON', 'goi.json', JSON.stringify({ lessons: [] }), /not a lesson bundle/],
		['a wrong file type', 'bai.html', STARTER, /wrong file type/],
		[
			'a bundle with one bad lesson',
			'goi.json',
			bundleJson([{ source: withId('bai-tot') }, { source: step('<script>x</script>') }]),
			/bài 2.*|raw HTML/
		],
		[
			'the same id twice',
			'goi.json',
			bundleJson([{ source: withId('x1') }, { source: withId('x1') }]),
			/two|hai lần/
		]
	];
	for (const [name, file, text, why] of refused)
		it(`refuses ${name} and leaves the device as it was`, async () => {
			const store = await storeWithOne();
			const before = await listCustomLessons(store);
			const result = await importLessons(store, file, text, opts);
			expect(result.rows).toEqual([]);
			expect(result.errors.length).toBeGreaterThan(0);
			expect(result.errors.map((e) => `${e.path} ${e.message}`).join('\n')).toMatch(why);
			expect(await listCustomLessons(store)).toEqual(before);
		});

	it('names the lesson and the line of each error in a bundle', () => {
		const bad = step('<script>x</script>');
		const line = bad.split('\n').findIndex((l) => l.includes('<script>')) + 1;
		const { errors } = checkImport(
			'goi.json',
			bundleJson([{ source: STARTER }, { source: bad }]),
			opts
		);
		expect(errors).toContainEqual(
			expect.objectContaining({
				path: 'goi.json (bài 2)',
				line,
				message: expect.stringMatching(/raw HTML/)
			})
		);
	});
});
