// Issue 24, training for the adults: every module plays to its end by keyboard and by touch in
// the real lesson player, under the adult profile that children's lists never show; the
// training day's slides fit 1366x768 and 1280x720; the handout and the certificate print on
// one A4 page each; the certificate's name is never stored; axe finds nothing.
// Run: npm run build && E2E_SKIP_BUILD=1 npx playwright test tests/training.e2e.ts --workers=1
import { expect, test, type Page } from '@playwright/test';
import { answer, type Input } from './helpers/play';
import { axe } from './helpers/axe';
import { checkPrint } from './helpers/print';
import { course } from './helpers/content';

test.use({ bypassCSP: true });

const folder = (a: string) => (a === 'thay-co' ? 'thay-co' : 'phu-huynh');

async function playModule(page: Page, m: (typeof course.training)[number], input: Input) {
	const violations: Record<string, unknown> = {};
	await page.goto(`${folder(m.audience)}/tap-huan/${m.slug}/`);
	for (const [i, screen] of m.screens.entries()) {
		const tapOrKey = async (name: string) => {
			const b = page.getByRole('button', { name, exact: true });
			await expect(b).toBeVisible();
			if (input === 'tap') await b.tap();
			else {
				await b.focus();
				await page.keyboard.press('Enter');
			}
		};
		if (screen.kind === 'step') {
			await expect(page.getByRole('heading', { level: 1, name: screen.title })).toBeVisible();
			await tapOrKey('Tiếp');
			continue;
		}
		const v0 = await axe(page);
		if (v0.length) violations[`${m.path} #${i} start`] = v0;
		await answer(page, screen.activity, input);
		const v1 = await axe(page);
		if (v1.length) violations[`${m.path} #${i} answered`] = v1;
		await tapOrKey('Tiếp tục');
	}
	await expect(page.getByRole('heading', { name: 'Bạn đã học xong bài này!' })).toBeVisible();
	return violations;
}

test.describe('training modules', () => {
	for (const input of ['keyboard', 'tap'] as const)
		test(`every module plays to its end by ${input}, axe finds nothing`, async ({ browser }) => {
			test.setTimeout(240_000);
			const context = await browser.newContext({ hasTouch: input === 'tap', bypassCSP: true });
			const page = await context.newPage();
			expect(course.training.length).toBeGreaterThanOrEqual(6);
			const violations: Record<string, unknown> = {};
			for (const m of course.training) Object.assign(violations, await playModule(page, m, input));
			expect(violations).toEqual({});
			await context.close();
		});

	test('the index pages list the modules and are linked from the adults’ pages', async ({
		page
	}) => {
		for (const a of ['thay-co', 'phu-huynh'] as const) {
			await page.goto(`${a}/`);
			await page
				.getByRole('link', {
					name: a === 'thay-co' ? /^Tập huấn cho thầy cô/ : /^Tập huấn cho phụ huynh/
				})
				.click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				a === 'thay-co' ? 'Tập huấn cho thầy cô' : 'Tập huấn cho phụ huynh'
			);
			for (const m of course.training.filter((x) => x.audience === a))
				await expect(page.locator('a', { hasText: m.title })).toBeVisible();
			expect(await axe(page)).toEqual([]);
		}
	});

	test('an adult’s progress is kept under the adult profile, never in the children’s lists', async ({
		page
	}) => {
		const m = course.training[0];
		await page.goto(`${folder(m.audience)}/tap-huan/${m.slug}/`);
		await page.getByRole('button', { name: 'Tiếp', exact: true }).click();
		const rows = () =>
			page.evaluate(
				() =>
					new Promise<{
						profiles: { id: string; kind?: string }[];
						progress: { profileId: string; lessonId: string }[];
					}>((resolve, reject) => {
						const open = indexedDB.open('khien-nho');
						open.onerror = () => reject(open.error);
						open.onsuccess = () => {
							const db = open.result;
							const tx = db.transaction(['profiles', 'lessonProgress'], 'readonly');
							const p = tx.objectStore('profiles').getAll();
							const l = tx.objectStore('lessonProgress').getAll();
							tx.oncomplete = () => resolve({ profiles: p.result, progress: l.result });
						};
					})
			);
		await expect
			.poll(async () => (await rows()).progress.some((r) => r.lessonId === m.id))
			.toBe(true);
		const { profiles, progress } = await rows();
		expect(profiles.find((p) => p.id === 'adult')?.kind).toBe('adult');
		expect(progress.filter((r) => r.lessonId === m.id).map((r) => r.profileId)).toEqual(['adult']);
		// The children's learner list shows no one: the adult profile is not a learner.
		await page.goto('nguoi-hoc/');
		await expect(page.getByText('adult', { exact: true })).toHaveCount(0);
	});
});

const SIZES = [
	{ width: 1280, height: 720 },
	{ width: 1366, height: 768 }
] as const;

test('the training day’s slides fit 1280x720 and 1366x768', async ({ page }) => {
	test.setTimeout(240_000);
	const problems: string[] = [];
	for (const size of SIZES)
		for (const m of course.training) {
			await page.setViewportSize(size);
			await page.goto(`thay-co/tap-huan/nhom/${m.slug}/`);
			await expect(page.locator('[data-projector="true"]')).toHaveAttribute('data-ready', 'true');
			const found = await page.evaluate(async () => {
				await document.fonts.ready;
				const out: string[] = [];
				const settle = () => new Promise((r) => setTimeout(r, 0));
				for (let guard = 0; guard < 300; guard++) {
					const doc = document.documentElement;
					const stage = document.querySelector<HTMLElement>('[data-testid="stage"]')!;
					const controls = document.querySelector('nav.controls')!;
					const at = document.querySelector('[data-testid="slide-counter"]')!.textContent;
					if (stage.scrollHeight > stage.clientHeight || stage.scrollWidth > stage.clientWidth)
						out.push(`${at}: slide scrolls`);
					if (doc.scrollHeight > doc.clientHeight || doc.scrollWidth > doc.clientWidth)
						out.push(`${at}: page scrolls`);
					if (stage.getBoundingClientRect().bottom > controls.getBoundingClientRect().top + 0.5)
						out.push(`${at}: slide runs under the controls`);
					const buttons = controls.querySelectorAll<HTMLButtonElement>('button');
					if (buttons[buttons.length - 1].disabled) break;
					window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
					await settle();
				}
				return out;
			});
			problems.push(...found.map((p) => `${m.slug} ${size.width}x${size.height} ${p}`));
		}
	expect(problems).toEqual([]);
});

test('the kit page, the handout and the certificate: axe clean, one A4 page each', async ({
	page
}) => {
	await page.goto('thay-co/tap-huan/ngay-tap-huan/');
	await expect(page.getByRole('heading', { level: 1, name: 'Ngày tập huấn' })).toBeVisible();
	expect(await axe(page)).toEqual([]);

	await page.goto('thay-co/tap-huan/ngay-tap-huan/tai-lieu/');
	expect(await axe(page)).toEqual([]);
	expect((await checkPrint(page, 'training-handout', 1)).pages).toBe(1);

	await page.goto('thay-co/tap-huan/ngay-tap-huan/chung-nhan/');
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.getByLabel(/Tên người tham dự/).fill('Nguyễn Thị Hoa Test');
	await expect(page.getByTestId('cert-name')).toHaveText('Nguyễn Thị Hoa Test');
	expect(await axe(page)).toEqual([]);
	expect((await checkPrint(page, 'training-certificate', 1)).pages).toBe(1);
	// The name was typed and printed, and written nowhere.
	const stored = await page.evaluate(async () => {
		const parts: string[] = [
			JSON.stringify({ ...localStorage }),
			JSON.stringify({ ...sessionStorage })
		];
		for (const info of await indexedDB.databases()) {
			const db = await new Promise<IDBDatabase>((res, rej) => {
				const r = indexedDB.open(info.name!);
				r.onsuccess = () => res(r.result);
				r.onerror = () => rej(r.error);
			});
			for (const name of db.objectStoreNames) {
				const all = await new Promise<unknown[]>((res) => {
					const q = db.transaction(name, 'readonly').objectStore(name).getAll();
					q.onsuccess = () => res(q.result);
				});
				parts.push(JSON.stringify(all));
			}
			db.close();
		}
		return parts.join('\n');
	});
	expect(stored).not.toContain('Hoa Test');
});

test('the knowledge check keeps counts only', async ({ page }) => {
	await page.goto('thay-co/tap-huan/ngay-tap-huan/kiem-tra/');
	expect(await axe(page)).toEqual([]);
	await page
		.getByRole('radio', { name: 'Không hứa, và nói sẽ chỉ kể với người giúp được em.' })
		.check();
	await page.getByRole('radio', { name: 'Dưới 16 tuổi.' }).check();
	await page.getByRole('button', { name: 'Xong, cho người tiếp theo' }).click();
	await expect(page.getByText('Đã đếm. Mời người tiếp theo.')).toBeVisible();
	await expect(page.getByTestId('quiz-results')).toContainText(
		'Trước buổi học: 1 người, trung bình 2 trên 5 câu đúng'
	);
	expect(await page.evaluate(() => localStorage.getItem('khien-nho:training-quiz'))).toBe(
		JSON.stringify({ pre: { people: 1, right: 2 }, post: { people: 0, right: 0 } })
	);
	await expect(page.getByRole('radio', { name: 'Dưới 16 tuổi.' })).not.toBeChecked();
});
