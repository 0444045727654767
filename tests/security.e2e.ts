import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allRoutes, course } from './helpers/content';

function htmlFiles(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) htmlFiles(full, out);
		else if (name.endsWith('.html')) out.push(full);
	}
	return out;
}

test('every prerendered page carries a strict Content Security Policy', () => {
	const files = htmlFiles('build');
	expect(files.length).toBeGreaterThan(allRoutes.length - 1);
	for (const file of files) {
		const html = readFileSync(file, 'utf8');
		const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
		expect(meta, file).not.toBeNull();
		const policy = meta![1];
		const script = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
		expect(script, file).toContain("'self'");
		expect(script, file).not.toContain('unsafe-inline');
		expect(policy, file).not.toContain('unsafe-eval');
		expect(policy, file).toContain("default-src 'self'");
		expect(policy, file).toContain("object-src 'none'");
	}
});

test('no request leaves the app while walking every route and finishing a lesson', async ({
	page,
	baseURL
}) => {
	test.setTimeout(180_000);
	const origin = new URL(baseURL!).origin;
	const foreign: string[] = [];
	const cspErrors: string[] = [];
	page.on('request', (req) => {
		const url = req.url();
		if (/^(data|blob):/.test(url)) return;
		if (new URL(url).origin !== origin) foreign.push(url);
	});
	page.on('console', (msg) => {
		if (/Content Security Policy/i.test(msg.text())) cspErrors.push(msg.text());
	});
	for (const route of allRoutes) {
		await page.goto(route);
		await expect(page.locator('h1').first(), route).toBeVisible();
	}
	const lesson = course.lessons[0];
	await page.goto(`${lesson.band}/${lesson.slug}/`);
	for (const screen of lesson.screens) {
		if (screen.kind === 'step')
			await page.getByRole('button', { name: 'Tiếp', exact: true }).click();
		else await page.getByRole('button', { name: 'Bỏ qua' }).click();
	}
	await expect(page.getByRole('heading', { name: 'Em đã học xong bài này!' })).toBeVisible();
	expect(foreign).toEqual([]);
	expect(cspErrors).toEqual([]);
});
