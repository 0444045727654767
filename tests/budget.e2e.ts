// The build stays within budget.json. Sizes are gzip, as a static host sends them.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { buildTotals, heaviestLesson, pageAssets, precacheTotals } from '../scripts/lib/measure.js';
import { isAdultEntry } from '../src/lib/pwa/packs';

type PageBudget = {
	route: string;
	files: number;
	js: number;
	css: number;
	html: number;
	data: number;
};
const budget = JSON.parse(readFileSync('budget.json', 'utf8')) as {
	pages: Record<string, PageBudget>;
	total: { css: number; fonts: number; precache: number; precacheStored: number };
};
const dir = process.env.BUILD_DIR || 'build';

for (const [name, b] of Object.entries(budget.pages)) {
	test(`page budget: ${name}`, () => {
		const route = b.route === '@heaviest-lesson' ? heaviestLesson(dir) : b.route;
		const a = pageAssets(dir, route);
		expect(a.js, `${name} JS`).toBeGreaterThan(0);
		const files = a.jsFiles.length + a.cssFiles.length;
		expect(
			{
				files: files <= b.files,
				js: a.js <= b.js,
				css: a.css <= b.css,
				html: a.html <= b.html,
				data: a.data <= b.data
			},
			JSON.stringify({ route, measured: { ...a, files }, budget: b })
		).toEqual({ files: true, js: true, css: true, html: true, data: true });
	});
}

test('whole-build budget: CSS, fonts, first install', () => {
	const t = buildTotals(dir);
	expect(t.split.css, 'CSS').toBeLessThanOrEqual(budget.total.css);
	expect(t.split.fonts, 'fonts').toBeLessThanOrEqual(budget.total.fonts);
	// The first install: the children's pack of the worker's manifest (the adults' pack is
	// downloaded only when an adult asks, tests/packs.e2e.ts).
	const install = precacheTotals(dir, isAdultEntry).install;
	expect(install.gzip, 'first install (children’s pack)').toBeLessThanOrEqual(
		budget.total.precache
	);
	expect(install.stored, 'first install, stored on the device').toBeLessThanOrEqual(
		budget.total.precacheStored
	);
});
