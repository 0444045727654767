// WebKit through WebKitGTK's WebKitWebDriver (Debian's webkit2gtk-driver) and its MiniBrowser,
// under a virtual X display (Xvfb): classic W3C WebDriver over HTTP with fetch, no client
// library for the dozen commands the suite needs. Each session is a fresh MiniBrowser with
// its own (ephemeral) data. No offline switch and no network events in classic WebDriver:
// offline means the host is gone; foreign requests are read from each page's resource timing.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Driver, Input } from './driver';
import { queryAll, roleQuery } from './roles';
import { DEFAULT_TIMEOUT } from './ui';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
export type ElementRef = { [ELEMENT]: string };

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER =
	process.env.WEBKIT_BROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB = process.env.XVFB_PATH || '/usr/bin/Xvfb';

export interface WebKit {
	endpoint: string;
	stop: () => Promise<void>;
}

function stopped(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) return resolve();
		child.once('exit', () => resolve());
		child.kill();
	});
}

/** Starts Xvfb (on a free display) and WebKitWebDriver on `port`. */
export async function startWebKit(port: number): Promise<WebKit> {
	// -displayfd: Xvfb picks a free display and writes its number to stdout.
	const xvfb = spawn(XVFB, ['-displayfd', '1', '-screen', '0', '1024x800x24', '-nolisten', 'tcp'], {
		stdio: ['ignore', 'pipe', 'ignore']
	});
	const display = await new Promise<string>((resolve, reject) => {
		xvfb.stdout!.once('data', (chunk) => resolve(`:${String(chunk).trim()}`));
		xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
	});
	const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
		env: { ...process.env, DISPLAY: display },
		stdio: 'ignore'
	});
	const endpoint = `http://127.0.0.1:${port}`;
	for (let i = 0; ; i++) {
		const ready = await fetch(`${endpoint}/status`)
			.then((r) => r.ok)
			.catch(() => false);
		if (ready) break;
		if (i > 100) throw new Error(`WebKitWebDriver did not start on ${endpoint}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return { endpoint, stop: async () => void (await Promise.all([stopped(driver), stopped(xvfb)])) };
}

export class WebDriverSession {
	private constructor(
		private readonly endpoint: string,
		readonly id: string,
		readonly version: string
	) {}

	static async open(webkit: WebKit): Promise<WebDriverSession> {
		const value = await call(webkit.endpoint, 'POST', '/session', {
			capabilities: {
				alwaysMatch: {
					browserName: 'MiniBrowser',
					'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] }
				}
			}
		});
		const { sessionId, capabilities } = value as {
			sessionId: string;
			capabilities: { browserVersion: string };
		};
		return new WebDriverSession(webkit.endpoint, sessionId, capabilities.browserVersion);
	}

	command(method: string, path: string, body?: unknown) {
		return call(this.endpoint, method, `/session/${this.id}${path}`, body);
	}

	async goto(url: string) {
		await this.command('POST', '/url', { url });
	}

	/** Runs `script` (a function body; `arguments` are `args`) in the page. */
	execute<T>(script: string, ...args: unknown[]): Promise<T> {
		return this.command('POST', '/execute/sync', { script, args }) as Promise<T>;
	}

	/** Same, for a script that calls `arguments[arguments.length - 1]` with its result. */
	executeAsync<T>(script: string, ...args: unknown[]): Promise<T> {
		return this.command('POST', '/execute/async', { script, args }) as Promise<T>;
	}

	async click(element: ElementRef) {
		await this.command('POST', `/element/${element[ELEMENT]}/click`, {});
	}

	async close() {
		await this.command('DELETE', '').catch(() => undefined);
	}
}

async function call(endpoint: string, method: string, path: string, body?: unknown) {
	const response = await fetch(`${endpoint}${path}`, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const { value } = (await response.json()) as { value: unknown };
	if (!response.ok) {
		const { error, message } = value as { error: string; message: string };
		throw new Error(`WebDriver ${method} ${path}: ${error}: ${message}`);
	}
	return value;
}

async function poll<T>(what: string, timeout: number, attempt: () => Promise<T | null>) {
	const end = Date.now() + timeout;
	for (;;) {
		const result = await attempt();
		if (result !== null && result !== false) return result;
		if (Date.now() > end) throw new Error(`WebKit: ${what} not within ${timeout} ms`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

/** The lesson player's view of a WebDriver session: clicks only (see driver.ts). */
export function webdriverDriver(session: WebDriverSession): Driver<ElementRef> {
	const query = `return (${queryAll.toString()})(arguments[0] || document, arguments[1])[0] || null;`;
	return {
		goto: (url) => session.goto(url),
		find: (role, name, { match = 'exact', within } = {}) =>
			poll(`${role} "${name}"`, DEFAULT_TIMEOUT, () =>
				session.execute<ElementRef | null>(query, within ?? null, roleQuery(role, name, match))
			),
		press: async (target, input: Input) => {
			if (input !== 'click') throw new Error(`WebKit suite: ${input} is not driven here`);
			// WebDriver scrolls a target only until it is inside the viewport, where the sticky
			// header, the quick-exit row or the answer sheet may still cover it ("element click
			// intercepted"): bring it to the middle first, as a finger would scroll.
			await session.execute(
				"arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' });",
				target
			);
			await session.click(target);
		},
		drag: async () => {
			throw new Error('WebKit suite: dragging is not driven here');
		},
		waitForText: async (text, timeout = DEFAULT_TIMEOUT) =>
			void (await poll(`text "${text}"`, timeout, () =>
				session.execute<boolean>('return document.body.innerText.includes(arguments[0]);', text)
			)),
		waitFor: async (test, arg, timeout = DEFAULT_TIMEOUT) =>
			void (await poll('a condition', timeout, () =>
				session.execute<boolean>(`return Boolean((${test.toString()})(arguments[0]));`, arg)
			))
	};
}
