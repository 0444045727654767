// Safe updates: version A is open and has the learner's progress; the host then serves
// version B. The app shows "Có phiên bản mới" and switches only when the learner agrees (or,
// after "Để sau", on a navigation outside lessons). Progress made under A is intact.
import { expect, test, type Page } from '@playwright/test';
import {
	addLearner,
	lessonCard,
	serve,
	waitForWorker,
	watchForeignRequests,
	type Server
} from './pwa/helpers';
import { makeVersions, type Versions } from './pwa/versions';

const PORT = Number(process.env.E2E_UPDATE_PORT ?? 4175);

let versions: Versions;
let server: Server | null = null;

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
	versions = makeVersions();
});

test.afterAll(async () => {
	await server?.stop();
	versions?.cleanup();
});

async function swap(dir: string): Promise<Server> {
	await server?.stop();
	server = await serve(dir, PORT);
	return server;
}

/** Version A, first visit: a learner starts the lesson and leaves it at step 3. */
async function learnUnderA(page: Page): Promise<Server> {
	const { band, slug, oldTitle } = versions.lesson;
	const a = await swap(versions.a);
	// A named learner: their progress is stored in IndexedDB (a guest's is not).
	await addLearner(page, a.home);
	await waitForWorker(page);
	await lessonCard(page, oldTitle).click();
	await expect(page).toHaveURL(`${a.home}${band}/${slug}/`);
	const next = page.getByRole('button', { name: 'Tiếp', exact: true });
	await next.click();
	await next.click();
	await expect(page.getByText('Bước 3 /')).toBeVisible();
	await page.goto(`${a.home}${band}/`);
	await expect(lessonCard(page, oldTitle)).toContainText('Đang học');
	return a;
}

/** The lesson's progress survived: still in progress, and it resumes at step 3. */
async function expectProgressKept(page: Page, home: string) {
	const { band, slug, newTitle } = versions.lesson;
	await expect(lessonCard(page, newTitle)).toContainText('Đang học');
	await page.goto(`${home}${band}/${slug}/`);
	await expect(page.getByText('Mình tiếp tục từ bước 3')).toBeVisible();
}

test('the learner accepts the update: new content, progress kept', async ({ page, context }) => {
	const { band, oldTitle, newTitle } = versions.lesson;
	const a = await learnUnderA(page);
	const foreign = watchForeignRequests(context, a.origin);

	// The host now serves B. Reloading makes the browser check the worker: B installs and
	// waits; the page still shows A until the learner agrees.
	const b = await swap(versions.b);
	await page.reload();
	const prompt = page.getByRole('region', { name: 'Có phiên bản mới' });
	await expect(prompt).toBeVisible({ timeout: 20_000 });
	await expect(lessonCard(page, oldTitle)).toBeVisible();

	await prompt.getByRole('button', { name: 'Cập nhật ngay' }).click();
	await expect(lessonCard(page, newTitle)).toBeVisible({ timeout: 15_000 });
	await expect(prompt).toBeHidden();
	expect(page.url()).toBe(`${b.home}${band}/`);
	// Offline too, the new version is what the cache now holds.
	await context.setOffline(true);
	await page.reload();
	await expect(lessonCard(page, newTitle)).toBeVisible();
	await expectProgressKept(page, b.home);
	expect(foreign).toEqual([]);
});

test('"Để sau": the update waits through a lesson, then applies on the next page', async ({
	page
}) => {
	const { band, slug, oldTitle, newTitle } = versions.lesson;
	await learnUnderA(page);
	const b = await swap(versions.b);
	await page.reload();
	const prompt = page.getByRole('region', { name: 'Có phiên bản mới' });
	await expect(prompt).toBeVisible({ timeout: 20_000 });
	await prompt.getByRole('button', { name: 'Để sau' }).click();
	await expect(prompt).toBeHidden();

	// Into the lesson and back out: links from or to a lesson never switch versions.
	await lessonCard(page, oldTitle).click();
	await expect(page).toHaveURL(`${b.home}${band}/${slug}/`);
	await expect(page.getByText('Mình tiếp tục từ bước 3')).toBeVisible();
	await page.locator('header a').first().click();
	await expect(page).toHaveURL(b.home);
	await expect(page.getByRole('region', { name: 'Có phiên bản mới' })).toBeHidden();

	// Home to a band page: no lesson involved, the update applies as the page opens.
	await page.locator(`a[href$="/${band}/"]`).first().click();
	await expect(page).toHaveURL(`${b.home}${band}/`);
	await expect(lessonCard(page, newTitle)).toBeVisible({ timeout: 15_000 });
	await expectProgressKept(page, b.home);
});
