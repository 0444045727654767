// Extra static servers for the browser tests (Playwright and the Firefox suite): the built
// site served by scripts/serve.js, the static-host stand-in, on a port of the test's choosing.
// No test-framework import here, so both suites can use it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = process.cwd();
export const BUILD = join(ROOT, 'build');

export interface Server {
	origin: string;
	/** The app's home page: origin + base + '/'. */
	home: string;
	stop: () => Promise<void>;
}

export interface ServeOptions {
	/** BASE_PATH the site was built for ('' at the root). */
	base?: string;
	/** One page held back, e.g. `{ path: '/tu-dien/', ms: 6000 }` (serve.js --slow). */
	slow?: { path: string; ms: number };
}

/** Serves a built site with scripts/serve.js (the static-host stand-in) on its own port. */
export async function serve(
	dir: string,
	port: number,
	options: string | ServeOptions = {}
): Promise<Server> {
	const { base = '', slow } = typeof options === 'string' ? { base: options } : options;
	const args = [join(ROOT, 'scripts/serve.js'), '--dir', dir, '--port', String(port)];
	if (slow) args.push('--slow', slow.path, '--slow-ms', String(slow.ms));
	const child = spawn(process.execPath, args, {
		cwd: ROOT,
		env: { ...process.env, BASE_PATH: base },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let errors = '';
	child.stderr.on('data', (chunk) => (errors += String(chunk)));
	await new Promise<void>((resolve, reject) => {
		child.stdout.on('data', (chunk) => {
			if (String(chunk).includes('http://')) resolve();
		});
		child.once('exit', (code) => reject(new Error(`serve.js exited (${code}): ${errors}`)));
	});
	const origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		home: `${origin}${base}/`,
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null || child.signalCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill();
			})
	};
}
