// scripts/serve.js is the static host the browser tests and benchmarks run against: it must
// not read outside the built folder, and one malformed request must not stop it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PORT = Number(process.env.SERVE_TEST_PORT ?? 4190);
let dir = '';
let child: ChildProcess;

/** A raw GET: the path goes out exactly as written (no client-side normalising of ../). */
function get(path: string): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port: PORT, path, method: 'GET' }, (res) => {
			let body = '';
			res.on('data', (c) => (body += c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
	mkdirSync(join(dir, 'build', 'bai'), { recursive: true });
	mkdirSync(join(dir, 'build-secret'));
	writeFileSync(join(dir, 'build', '200.html'), '<p>fallback</p>');
	writeFileSync(join(dir, 'build', 'index.html'), '<p>home</p>');
	writeFileSync(join(dir, 'build', 'bai', 'index.html'), '<p>lesson</p>');
	writeFileSync(join(dir, 'build-secret', 'key.txt'), 'SECRET');
	child = spawn(
		process.execPath,
		['scripts/serve.js', '--dir', join(dir, 'build'), '--port', String(PORT)],
		{
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	await new Promise<void>((resolve, reject) => {
		child.stdout!.on('data', () => resolve());
		child.once('exit', (code) => reject(new Error(`serve.js exited with ${code}`)));
	});
});

afterAll(() => {
	child?.kill();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/serve.js', () => {
	it('serves pages, folders and the fallback as a static host does', async () => {
		expect(await get('/')).toMatchObject({ status: 200, body: '<p>home</p>' });
		expect(await get('/bai/')).toMatchObject({ status: 200, body: '<p>lesson</p>' });
		expect((await get('/bai')).status).toBe(308);
		expect(await get('/khong-co/')).toMatchObject({ status: 200, body: '<p>fallback</p>' });
	});

	it('refuses a path that climbs into a sibling folder sharing the prefix', async () => {
		for (const path of [
			'/..%2Fbuild-secret/key.txt',
			'/../build-secret/key.txt',
			'/%2E%2E/build-secret/key.txt'
		]) {
			const res = await get(path);
			expect(res.body).not.toContain('SECRET');
			expect([404, 200]).toContain(res.status);
		}
		expect((await get('/..%2Fbuild-secret/key.txt')).status).toBe(404);
	});

	it('answers a malformed URL with 400 and keeps serving', async () => {
		expect((await get('/%E0%A4%A')).status).toBe(400);
		expect((await get('/a%00b')).status).toBe(400);
		expect(await get('/')).toMatchObject({ status: 200, body: '<p>home</p>' });
	});
});
