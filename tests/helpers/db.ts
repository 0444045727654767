import { expect, type Page } from '@playwright/test';

/**
 * Waits until the app has created its database with `stores`, so a test can write into it.
 * `indexedDB.databases()` lists the database as soon as its upgrade starts, before the upgrade
 * has committed its stores; opening it without a version while the app's upgrade runs waits
 * for that upgrade, and only once it is listed, so the test never creates an empty database
 * of its own. Polled from the test with page.evaluate, which awaits the check: Playwright's
 * waitForFunction does not await an async predicate (a promise is truthy, so it returned at
 * once, and the seeding raced the app's upgrade on a loaded runner).
 */
export async function waitForAppDatabase(page: Page, stores: string[]) {
	await expect
		.poll(
			() =>
				page.evaluate(async (wanted) => {
					const listed = (await indexedDB.databases()).some(
						(d) => d.name === 'khien-nho' && (d.version ?? 0) > 1
					);
					if (!listed) return false;
					const db = await new Promise<IDBDatabase>((ok, fail) => {
						const req = indexedDB.open('khien-nho');
						req.onsuccess = () => ok(req.result);
						req.onerror = () => fail(req.error);
					});
					const ready = wanted.every((s) => db.objectStoreNames.contains(s));
					db.close();
					return ready;
				}, stores),
			{ timeout: 15_000 }
		)
		.toBe(true);
}
