// @vitest-environment node
// `npm run dev` shows an edited lesson on the next request, and a broken one as file:line.
// Starts Vite's dev server on its own port over a temporary copy of a fixture course.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_MODULE, contentPlugin } from './vite-content-plugin';

const ROOT = process.cwd();
const PORT = Number(process.env.CONTENT_DEV_PORT ?? 5020);
const FIXTURE = join(ROOT, 'tests/fixtures/content-valid/9-10/01-nguoi-ban-moi.md');

let dir = '';
let lesson = '';
let server: ViteDevServer;
/** What the dev server sent to browsers: Vite's overlay shows `error` payloads. */
const sent: unknown[] = [];
const before = process.env.CONTENT_DIR;

async function page(path: string): Promise<{ status: number; body: string }> {
	const res = await fetch(`http://127.0.0.1:${PORT}${path}`);
	return { status: res.status, body: await res.text() };
}

/** Edits the lesson and waits until the dev server has seen the change. */
async function edit(
	change: (source: string) => string,
	until: (res: { status: number; body: string }) => boolean
) {
	writeFileSync(lesson, change(readFileSync(lesson, 'utf8')));
	for (let i = 0; i < 50; i++) {
		const res = await page('/9-10/nguoi-ban-moi/');
		if (until(res)) return res.body;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error('the dev server kept the old lesson');
}

describe('content in the dev server', { timeout: 120_000 }, () => {
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'khien-nho-dev-'));
		lesson = join(dir, '9-10/01-nguoi-ban-moi.md');
		mkdirSync(join(dir, '9-10'));
		copyFileSync(FIXTURE, lesson);
		process.env.CONTENT_DIR = dir;
		server = await createServer({
			root: ROOT,
			configFile: join(ROOT, 'vite.config.ts'),
			mode: 'development',
			logLevel: 'silent',
			server: { port: PORT, strictPort: true, host: '127.0.0.1', hmr: false }
		});
		await server.listen();
		const send = server.ws.send.bind(server.ws) as (...args: unknown[]) => void;
		server.ws.send = ((...args: unknown[]) => {
			sent.push(args[0]);
			send(...args);
		}) as typeof server.ws.send;
	}, 120_000);

	afterAll(async () => {
		await server?.close();
		if (before === undefined) delete process.env.CONTENT_DIR;
		else process.env.CONTENT_DIR = before;
		rmSync(dir, { recursive: true, force: true });
	});

	it('serves the lesson, then the edited text on the next request', async () => {
		const first = await page('/9-10/nguoi-ban-moi/');
		expect(first.status).toBe(200);
		expect(first.body).toContain('Người bạn mới trên mạng');
		const body = await edit(
			(s) => s.replace('title: Người bạn mới trên mạng', 'title: Người bạn mới quen trên mạng'),
			(r) => r.body.includes('Người bạn mới quen trên mạng')
		);
		expect(body).not.toContain('Người bạn mới trên mạng<');
	});

	it('shows a broken lesson as file:line in the overlay, then the fixed one again', async () => {
		await edit(
			(s) => s.replace('  > Chưa đúng. Tên trường giúp người lạ tìm ra em. Em thử lại nhé.\n', ''),
			(r) => r.status === 500
		);
		const overlay = sent.find(
			(p): p is { type: 'error'; err: { message: string; loc: { line: number } } } =>
				(p as { type?: string }).type === 'error'
		);
		expect(overlay?.err.message).toContain(
			'content/9-10/01-nguoi-ban-moi.md:27: lựa chọn "Trả lời ngay, vì người đó rất vui tính." thiếu phản hồi (option has no feedback)'
		);
		expect(overlay?.err.loc.line).toBe(27);
		await expect(server.ssrLoadModule('virtual:khien-nho/content')).rejects.toThrow(
			'content/9-10/01-nguoi-ban-moi.md:27'
		);
		await edit(
			(s) =>
				s.replace(
					'- [ ] Trả lời ngay, vì người đó rất vui tính.\n',
					'- [ ] Trả lời ngay, vì người đó rất vui tính.\n  > Chưa đúng. Em thử lại nhé.\n'
				),
			(r) => r.status === 200
		);
		expect((await page('/9-10/nguoi-ban-moi/')).status).toBe(200);
	});

	it('serves a lesson added while the server runs', async () => {
		expect((await page('/9-10/ban-moi-hai/')).status).toBe(404);
		const second = readFileSync(FIXTURE, 'utf8')
			.replace('id: b910-nguoi-ban-moi', 'id: b910-ban-moi-hai')
			.replace('title: Người bạn mới trên mạng', 'title: Bạn mới thứ hai');
		writeFileSync(join(dir, '9-10/02-ban-moi-hai.md'), second);
		for (let i = 0; i < 50 && (await page('/9-10/ban-moi-hai/')).status !== 200; i++)
			await new Promise((r) => setTimeout(r, 200));
		expect((await page('/9-10/ban-moi-hai/')).body).toContain('Bạn mới thứ hai');
	});
});

describe('content in the build', () => {
	/** Runs the plugin's load hook as Vite would, with `this.error` throwing. */
	function loadFrom(contentDir: string) {
		const before = process.env.CONTENT_DIR;
		process.env.CONTENT_DIR = contentDir;
		try {
			const plugin = contentPlugin({ base: '/khien-nho' });
			const config = { root: ROOT, logger: { info: () => {}, error: () => {} } };
			(plugin.configResolved as (c: unknown) => void)(config);
			const id = (plugin.resolveId as (id: string) => string)(CONTENT_MODULE);
			const ctx = {
				addWatchFile: () => {},
				error: (e: { message: string }) => {
					throw new Error(e.message);
				}
			};
			return (plugin.load as (this: unknown, id: string) => string).call(ctx, id);
		} finally {
			if (before === undefined) delete process.env.CONTENT_DIR;
			else process.env.CONTENT_DIR = before;
		}
	}

	it('fails on a broken lesson with every error as file:line', () => {
		expect(() => loadFrom(join(ROOT, 'tests/fixtures/content-broken'))).toThrow(
			/Nội dung có \d+ lỗi \(content has errors\):\ncontent\/9-10\/01-lua-chon-thieu-phan-hoi\.md:27: /
		);
	});

	it('gives pages the lessons and guides, with the base path in their links', () => {
		const tmp = mkdtempSync(join(tmpdir(), 'khien-nho-build-'));
		try {
			mkdirSync(join(tmp, '9-10'));
			const source = readFileSync(FIXTURE, 'utf8').replace(
				'- Em có quyền không trả lời.',
				'- Em có quyền không trả lời. Xem [trang trợ giúp](/tro-giup).'
			);
			writeFileSync(join(tmp, '9-10/01-nguoi-ban-moi.md'), source);
			const code = loadFrom(tmp);
			const data = JSON.parse(JSON.parse(/JSON\.parse\((".*")\);/.exec(code)![1]));
			expect(data.lessons.map((l: { id: string }) => l.id)).toEqual(['b910-nguoi-ban-moi']);
			expect(data.guides).toEqual([]);
			expect(data.lessons[0].screens[0].body.html).toContain('<a href="/khien-nho/tro-giup">');
		} finally {
			rmSync(tmp, { recursive: true, force: true });
		}
	});
});
