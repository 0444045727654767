// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { NarrationRow } from './model';
import { MAX_PACK_BYTES, MAX_SCREEN_BYTES, toBase64, type NarrationPack } from './narration-pack';
import { exportPack, importPack, lessonNarration, saveScreen } from './narration';
import type { Store } from './store';
import { STORES } from './test-helpers';

const LESSONS = { 'co-the-cua-em': { id: 'co-the-cua-em', version: 2, screens: 10 } };

function audio(...bytes: number[]): ArrayBuffer {
	return new Uint8Array(bytes).buffer;
}

function row(screen: string, bytes: number[], version = 2): NarrationRow {
	return {
		lessonId: 'co-the-cua-em',
		lessonVersion: version,
		screen,
		mime: 'audio/webm;codecs=opus',
		audio: audio(...bytes),
		recorded: 1
	};
}

/** Everything narration the store holds, as plain comparable values. */
async function snapshot(store: Store) {
	const rows = await store.read((t) => t.narration.all());
	return rows.map((r) => ({ ...r, audio: [...new Uint8Array(r.audio)] }));
}

describe.each(STORES)('narration on %s', (_name, makeStore) => {
	it('exports a pack that imports back on another device, byte for byte', async () => {
		const a = await makeStore();
		await saveScreen(a, row('s0', [1, 2, 3]));
		await saveScreen(a, row('s3', [250, 0, 7, 9]));
		const pack = await exportPack(a, 'co-the-cua-em', 2);
		expect(pack.screens.map((s) => [s.screen, s.bytes])).toEqual([
			['s0', 3],
			['s3', 4]
		]);

		const b = await makeStore();
		await saveScreen(b, row('s1', [5]));
		const text = JSON.stringify(pack);
		const r = await importPack(b, text, text.length, LESSONS);
		expect(r.ok).toBe(true);
		const got = await lessonNarration(b, 'co-the-cua-em');
		expect(
			got
				.map((g) => [g.screen, [...new Uint8Array(g.audio)]])
				.sort((x, y) => (x[0] < y[0] ? -1 : 1))
		).toEqual([
			['s0', [1, 2, 3]],
			['s1', [5]],
			['s3', [250, 0, 7, 9]]
		]);
	});

	it('an imported pack drops recordings of an older version of the lesson', async () => {
		const a = await makeStore();
		await saveScreen(a, row('s0', [1]));
		const text = JSON.stringify(await exportPack(a, 'co-the-cua-em', 2));
		const b = await makeStore();
		await saveScreen(b, row('s5', [9, 9], 1));
		await importPack(b, text, text.length, LESSONS);
		expect((await snapshot(b)).map((r) => r.screen)).toEqual(['s0']);
	});

	describe('a broken pack is refused and the device is unchanged', () => {
		const valid = (): NarrationPack => ({
			app: 'khien-nho',
			kind: 'narration',
			version: 1,
			exportedAt: '2026-12-02T06:00:00.000Z',
			lessonId: 'co-the-cua-em',
			lessonVersion: 2,
			screens: [
				{ screen: 's0', mime: 'audio/webm', bytes: 3, data: toBase64(audio(7, 8, 9)) },
				{ screen: 's2', mime: 'audio/ogg', bytes: 2, data: toBase64(audio(1, 1)) }
			]
		});
		const edit = (f: (p: Record<string, unknown> & NarrationPack) => void) => {
			const p = valid() as Record<string, unknown> & NarrationPack;
			f(p);
			return JSON.stringify(p);
		};
		const cases: [string, () => [string, number?], string][] = [
			['not JSON', () => ['Đây là bài hát, không phải gói giọng đọc'], 'notJson'],
			['cut off half way', () => [JSON.stringify(valid()).slice(0, 60)], 'notJson'],
			[
				'another app',
				() => [edit((p) => ((p as Record<string, unknown>).app = 'zalo'))],
				'foreign'
			],
			['a JSON array', () => ['[{"app":"khien-nho"}]'], 'foreign'],
			[
				'a progress backup, not a pack',
				() => [edit((p) => ((p as Record<string, unknown>).kind = 'backup'))],
				'notPack'
			],
			[
				'a newer version',
				() => [edit((p) => ((p as Record<string, unknown>).version = 2))],
				'version'
			],
			['too big', () => ['{}', MAX_PACK_BYTES + 1], 'tooBig'],
			['a lesson this app lacks', () => [edit((p) => (p.lessonId = 'bai-khac'))], 'unknownLesson'],
			[
				'another version of the lesson',
				() => [edit((p) => (p.lessonVersion = 1))],
				'lessonVersion'
			],
			['no screens', () => [edit((p) => (p.screens = []))], 'empty'],
			[
				'a screen the lesson lacks',
				() => [edit((p) => (p.screens[1].screen = 's10'))],
				'badScreen'
			],
			['a made-up screen key', () => [edit((p) => (p.screens[1].screen = '../x'))], 'badScreen'],
			['one screen twice', () => [edit((p) => (p.screens[1].screen = 's0'))], 'twice'],
			['not audio', () => [edit((p) => (p.screens[1].mime = 'text/html'))], 'notAudio'],
			[
				'a screen over the limit',
				() => [edit((p) => (p.screens[1].bytes = MAX_SCREEN_BYTES + 1))],
				'screenTooBig'
			],
			['broken base64', () => [edit((p) => (p.screens[1].data = 'AQ$E'))], 'badAudio'],
			['audio cut short', () => [edit((p) => (p.screens[1].bytes = 3))], 'badAudio']
		];

		it.each(cases)('%s', async (_label, make, error) => {
			const store = await makeStore();
			await saveScreen(store, row('s0', [42, 42]));
			await saveScreen(store, row('s4', [1, 2, 3, 4]));
			const before = await snapshot(store);
			const [text, size] = make();
			const r = await importPack(store, text, size ?? text.length, LESSONS);
			expect(r).toMatchObject({ ok: false, error });
			expect(await snapshot(store)).toEqual(before);
		});

		it('the valid pack of the same test imports (so each case fails for its own reason)', async () => {
			const store = await makeStore();
			const text = JSON.stringify(valid());
			expect(await importPack(store, text, text.length, LESSONS)).toMatchObject({ ok: true });
			expect((await snapshot(store)).length).toBe(2);
		});
	});
});
