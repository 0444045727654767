// Firefox ESR through puppeteer-core over WebDriver BiDi (no geckodriver). One browser per
// test file; every test gets a fresh "profile": its own BiDi user context, a container with
// its own cookies, IndexedDB, caches, service workers and permissions (as a new profile has),
// at a fraction of a relaunch's cost.
//
// Every session records, and `expectClean()` asserts there were none of:
// - requests to another origin: the pages' (BiDi network events) and everyone else's, the
//   service worker's included, through a recording proxy that refuses them (Firefox sends
//   loopback addresses past the proxy, so the app's own server is reached directly);
// - Content-Security-Policy violations (a `securitypolicyviolation` listener in every page:
//   Firefox does not pass its own CSP console messages to BiDi);
// - uncaught errors in the pages.
import { createServer, type Server as HttpServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { registerRoleSelector } from './roles';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** Ports: FIREFOX_PORT and the next few (the suite's servers), the proxy on the last one. */
export const BASE_PORT = Number(process.env.FIREFOX_PORT ?? 4180);
export const PROXY_PORT = Number(process.env.FIREFOX_PROXY_PORT ?? BASE_PORT + 9);

/** Firefox's own services (settings sync, certificate lists): the browser's, not the app's. */
const BROWSER_OWN = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?$/;

export interface Firefox {
	browser: Browser;
	/** Where downloads land (a fresh folder per browser). */
	downloads: string;
	/** Every request to another origin that reached the proxy, in order. */
	proxied: string[];
	close: () => Promise<void>;
}

function startProxy(hits: string[]): Promise<HttpServer> {
	const proxy = createServer((req, res) => {
		hits.push(req.url ?? '?');
		res.writeHead(502).end();
	});
	proxy.on('connect', (req, socket) => {
		hits.push(`https://${req.url}`);
		socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
	});
	return new Promise((resolve, reject) => {
		proxy.once('error', reject);
		proxy.listen(PROXY_PORT, '127.0.0.1', () => resolve(proxy));
	});
}

export async function launchFirefox(): Promise<Firefox> {
	registerRoleSelector();
	const proxied: string[] = [];
	const proxy = await startProxy(proxied);
	const downloads = mkdtempSync(join(tmpdir(), 'khien-nho-firefox-'));
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		headless: true,
		extraPrefsFirefox: {
			'intl.accept_languages': 'vi-VN, vi',
			'network.proxy.type': 1,
			'network.proxy.http': '127.0.0.1',
			'network.proxy.http_port': PROXY_PORT,
			'network.proxy.ssl': '127.0.0.1',
			'network.proxy.ssl_port': PROXY_PORT,
			'network.proxy.share_proxy_settings': true,
			'browser.download.folderList': 2,
			'browser.download.dir': downloads,
			'browser.download.useDownloadDir': true,
			'browser.download.always_ask_before_handling_new_types': false,
			'browser.helperApps.neverAsk.saveToDisk': 'application/json',
			// No "what's new" or fullscreen animations to wait for.
			'ui.prefersReducedMotion': 1
		}
	});
	return {
		browser,
		downloads,
		proxied,
		close: async () => {
			await browser.close();
			await new Promise((resolve) => proxy.close(resolve));
			rmSync(downloads, { recursive: true, force: true });
		}
	};
}

/** Records what a page must never do (see the top of the file). */
function watch(page: Page, origin: () => string, session: Session) {
	page.on('request', (request) => {
		const url = request.url();
		if (/^(data|blob|about):/.test(url)) return;
		if (new URL(url).origin !== origin()) session.foreign.push(url);
	});
	page.on('console', (message) => {
		const text = message.text();
		if (text.startsWith('[csp] ') || /Content[- ]Security[- ]Policy/i.test(text))
			session.csp.push(text);
	});
	page.on('pageerror', (error) => session.errors.push(String(error)));
}

/** A fresh profile: a user context with its own storage, workers and permissions. */
export class Session {
	readonly foreign: string[] = [];
	readonly csp: string[] = [];
	readonly errors: string[] = [];
	readonly pages: Page[] = [];
	#proxiedBefore: number;

	private constructor(
		readonly firefox: Firefox,
		readonly context: BrowserContext,
		/** The app's origin (a test that swaps servers keeps one address). */
		public origin: string
	) {
		this.#proxiedBefore = firefox.proxied.length;
	}

	static async open(firefox: Firefox, origin: string): Promise<Session> {
		return new Session(firefox, await firefox.browser.createBrowserContext(), origin);
	}

	/** A new tab in this profile, watched from its first script on. */
	async page(): Promise<Page> {
		const page = await this.context.newPage();
		watch(page, () => this.origin, this);
		await page.evaluateOnNewDocument(() => {
			document.addEventListener('securitypolicyviolation', (e) =>
				console.error(`[csp] ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`)
			);
		});
		await page.setViewport({ width: 1024, height: 800 });
		this.pages.push(page);
		return page;
	}

	/** Requests to other origins that the proxy saw during this session. */
	get proxied(): string[] {
		return this.firefox.proxied
			.slice(this.#proxiedBefore)
			.filter((url) => !BROWSER_OWN.test(new URL(url).host));
	}

	/** No foreign request, no CSP violation, no uncaught error. */
	expectClean() {
		expect(this.foreign, 'requests to other origins (pages)').toEqual([]);
		expect(this.proxied, 'requests to other origins (workers, browser)').toEqual([]);
		expect(this.csp, 'Content-Security-Policy violations').toEqual([]);
		expect(this.errors, 'uncaught errors in the pages').toEqual([]);
	}

	async close() {
		await this.context.close().catch(() => undefined);
	}
}
