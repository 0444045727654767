// Pictures for young learners (issue 16): a walk of every illustrated lesson finds a named
// picture, loaded, on every step screen and on every 6-8 option, card and bin; axe finds
// nothing; the guide reacts; the heaviest 6-8 lesson's first visit stays within 150 KB gzip
// with every picture it uses; and screenshots of the four kinds of screen at two sizes.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { course } from './helpers/content';
import { answer, voice } from './helpers/play';
import { axe } from './helpers/axe';
import { pageAssets, wireSize } from '../scripts/lib/measure.js';
import { GUIDE_MOODS } from '../src/lib/pictures/guide-svg';
import { isSensitive } from '../src/lib/lesson/guide';
import {
	ILLUSTRATED_ANSWERS,
	ILLUSTRATED_STEPS,
	NOT_YET_ILLUSTRATED
} from '../src/lib/pictures/illustrated';
import type { Lesson } from '../src/lib/content/types';

/** Bands walked here; their lessons listed in NOT_YET_ILLUSTRATED are left out, visibly. */
const STEP_BANDS = ILLUSTRATED_STEPS;
const ANSWER_BANDS = ILLUSTRATED_ANSWERS;
const walked = course.lessons.filter(
	(l) => STEP_BANDS.includes(l.band) && !NOT_YET_ILLUSTRATED.includes(l.id)
);

test.use({ bypassCSP: true, reducedMotion: 'reduce' });

/** Every picture in `scope`: each has alt text and its file loaded. */
async function namedPictures(scope: Locator): Promise<string[]> {
	return scope.locator('img.pic, img.card-pic, img.bin-pic').evaluateAll((imgs) =>
		(imgs as HTMLImageElement[]).map((img) => {
			if (!img.complete || img.naturalWidth === 0) return `NOT LOADED ${img.src}`;
			return img.alt.trim() ? img.alt : `NO ALT ${img.src}`;
		})
	);
}

async function expectNamed(scope: Locator, where: string) {
	// Pictures may still be arriving: wait for them, then say which one is wrong, if any.
	await expect
		.poll(async () => (await namedPictures(scope)).some((p) => p.startsWith('NOT LOADED')), {
			timeout: 10_000
		})
		.toBe(false)
		.catch(() => undefined);
	const pictures = await namedPictures(scope);
	expect(pictures.length, `${where}: no picture`).toBeGreaterThan(0);
	expect(
		pictures.filter((p) => /^(NOT LOADED|NO ALT)/.test(p)),
		where
	).toEqual([]);
}

async function walk(page: Page, lesson: Lesson) {
	const violations: Record<string, unknown> = {};
	const answers = ANSWER_BANDS.includes(lesson.band);
	await page.goto(`${lesson.band}/${lesson.slug}/`);
	for (const [i, screen] of lesson.screens.entries()) {
		const where = `${lesson.path} screen ${i + 1}`;
		if (screen.kind === 'step') {
			await expect(page.getByRole('heading', { level: 1, name: screen.title })).toBeVisible();
			await expectNamed(page.locator('.step'), `${where}: step "${screen.title}"`);
			const v = await axe(page);
			if (v.length) violations[`${where} step`] = v;
			await page.getByRole('button', { name: 'Tiếp', exact: true }).click();
			continue;
		}
		const a = screen.activity;
		// The guide thinks while a question is open; in a sensitive lesson it stays calm.
		const mood = isSensitive(lesson.topics) ? 'calm' : 'thinking';
		await expect(page.locator(`[data-guide="${mood}"]`)).toBeVisible();
		if (answers && a.type === 'choice')
			for (const o of a.options)
				await expectNamed(
					page.locator('.option button', { hasText: o.label.text }).first(),
					`${where}: option "${o.label.text}"`
				);
		if (answers && a.type === 'sort') {
			for (const bin of a.bins)
				await expectNamed(page.locator(`[data-bin="${bin}"] button`), `${where}: bin "${bin}"`);
			await expectNamed(page.locator(`[data-card="${a.cards[0].id}"]`), `${where}: card`);
		}
		const v = await axe(page);
		if (v.length) violations[`${where} ${a.type}`] = v;
		if (answers && a.type === 'sort') {
			// Cards come one at a time: each is checked as it arrives, then sorted.
			for (const [k, card] of a.cards.entries()) {
				await expectNamed(
					page.locator(`[data-card="${card.id}"]`),
					`${where}: card "${card.text}"`
				);
				await page.locator(`[data-bin="${card.bin}"] button`).click();
				if (k < a.cards.length - 1)
					await page.getByRole('button', { name: 'Thẻ tiếp theo' }).click();
			}
		} else await answer(page, a, 'click');
		await page.getByRole('button', { name: 'Tiếp tục' }).click();
	}
	await expect(page.getByRole('heading', { name: voice(lesson.band).finished })).toBeVisible();
	return violations;
}

test('the list of lessons not yet illustrated is short and visible', () => {
	// Only the 08+ lessons written on another branch wait for pictures; all else is walked.
	expect(NOT_YET_ILLUSTRATED.length).toBeLessThanOrEqual(3);
	const young = course.lessons.filter((l) => STEP_BANDS.includes(l.band));
	expect(young.filter((l) => NOT_YET_ILLUSTRATED.includes(l.id)).every((l) => l.order >= 8)).toBe(
		true
	);
	expect(walked.length + young.filter((l) => NOT_YET_ILLUSTRATED.includes(l.id)).length).toBe(
		young.length
	);
});

for (const lesson of walked) {
	test(`pictures on every screen: ${lesson.path}`, async ({ page }) => {
		test.setTimeout(120_000);
		expect(await walk(page, lesson)).toEqual({});
	});
}

test('the guide welcomes, thinks, cheers a right answer and encourages a wrong one', async ({
	page
}) => {
	const lesson = course.lessons.find((l) => l.id === 'b68-co-the-cua-em')!;
	await page.goto(`${lesson.band}/${lesson.slug}/`);
	await expect(page.locator('[data-guide="hello"] img')).toHaveAttribute(
		'src',
		/\/hinh\/khien-hello\.svg$/
	);
	for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Tiếp', exact: true }).click();
	await expect(page.locator('[data-guide="thinking"]')).toBeVisible();
	await page.locator('.option button', { hasText: 'Bàn tay của em.' }).click();
	await expect(page.locator('[data-guide="encouraging"]')).toBeVisible();
	await page.getByRole('button', { name: 'Thử lại' }).click();
	await page.locator('.option button', { hasText: 'Chỗ đồ lót của em che.' }).click();
	await expect(page.locator('[data-guide="cheering"]')).toBeVisible();
});

test('the guide stays calm in a sensitive lesson, even on a right answer', async ({ page }) => {
	const lesson = course.lessons.find((l) => l.id === 'b68-anh-co-the-la-rieng-tu')!;
	expect(lesson.topics).toContain('image-requests');
	await page.goto(`${lesson.band}/${lesson.slug}/`);
	await expect(page.locator('[data-guide="calm"]')).toBeVisible();
	const first = lesson.screens.findIndex((s) => s.kind === 'activity');
	for (let i = 0; i < first; i++)
		await page.getByRole('button', { name: 'Tiếp', exact: true }).click();
	const a = lesson.screens[first];
	if (a.kind !== 'activity') throw new Error('no activity');
	await answer(page, a.activity, 'click');
	await expect(page.locator('[data-guide="calm"]')).toBeVisible();
	await expect(page.locator('[data-guide="cheering"]')).toHaveCount(0);
});

test('first visit of the heaviest 6-8 lesson, with every picture it uses, is at most 150 KB gzip', () => {
	const sizes = course.lessons
		.filter((l) => l.band === '6-8')
		.map((l) => {
			const a = pageAssets('build', `${l.band}/${l.slug}/`);
			const pictures = new Set(JSON.stringify(l).match(/\/hinh\/[a-z0-9-]+\.svg/g) ?? []);
			for (const mood of GUIDE_MOODS) pictures.add(`/hinh/khien-${mood}.svg`);
			const pics = [...pictures].reduce((s, p) => s + wireSize(join('build', p)), 0);
			return {
				lesson: l.path,
				page: a.js + a.css + a.html + a.data,
				pictures: pics,
				count: pictures.size
			};
		})
		.map((s) => ({ ...s, total: s.page + s.pictures }))
		.sort((x, y) => y.total - x.total);
	console.log('6-8 first visits (gzip bytes):', JSON.stringify(sizes));
	// The limit. After issues 15-26 merged, 6-8/01 measured 152,196 B; the pictures
	// through SVGO (scripts/vite-pictures-plugin.ts) brought it to 148,547 B.
	expect(sizes[0].total, sizes[0].lesson).toBeLessThanOrEqual(150_000);
});

test.describe('screenshots', () => {
	test.use({ reducedMotion: 'no-preference' });
	for (const size of [
		{ width: 360, height: 740 },
		{ width: 1024, height: 768 }
	]) {
		test(`step, choice, sort and summary at ${size.width}x${size.height}`, async ({ page }) => {
			test.setTimeout(90_000);
			await page.setViewportSize(size);
			const dir = 'test-results/screens';
			mkdirSync(dir, { recursive: true });
			const shot = (name: string) =>
				page.screenshot({ path: `${dir}/pictures-${size.width}-${name}.png` });
			const lesson = course.lessons.find((l) => l.id === 'b68-co-the-cua-em')!;
			await page.goto(`${lesson.band}/${lesson.slug}/`);
			await page.getByRole('button', { name: 'Tiếp', exact: true }).click();
			await expectNamed(page.locator('.step'), 'step');
			await shot('step');
			for (const [i, screen] of lesson.screens.entries()) {
				if (i === 0) continue;
				if (screen.kind === 'step') {
					await page.getByRole('button', { name: 'Tiếp', exact: true }).click();
					continue;
				}
				const a = screen.activity;
				if (a.type === 'choice' && i === 3) await shot('choice');
				if (a.type === 'sort') {
					await expectNamed(page.locator(`[data-card="${a.cards[0].id}"]`), 'card');
					await shot('sort');
				}
				await answer(page, a, 'click');
				if (a.type === 'choice' && i === 3) await shot('choice-right');
				await page.getByRole('button', { name: 'Tiếp tục' }).click();
			}
			await expect(page.getByTestId('celebration')).toBeVisible();
			// Freeze the burst in mid-flight: a loaded test machine may take longer than the
			// burst lasts to take the picture.
			await page.addStyleTag({
				content:
					'[data-testid="celebration"] span { animation-delay: -0.5s !important; animation-play-state: paused !important; }'
			});
			await shot('summary');
		});
	}
});
