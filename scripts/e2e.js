// npm run test:e2e: finds a Chromium, gets one when there is none, builds the site and runs
// Playwright against it. Never skips the browser tests silently.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium'
];

/** @param {string} cmd @param {import('node:child_process').SpawnSyncOptions} [opts] */
function run(cmd, opts = {}) {
	return spawnSync(cmd, { shell: true, stdio: 'inherit', ...opts }).status === 0;
}

function playwrightBrowser() {
	try {
		const out = execSync(
			`node -e "console.log(require('playwright-core').chromium.executablePath())"`,
			{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }
		).trim();
		return out && existsSync(out) ? out : null;
	} catch {
		return null;
	}
}

function findBrowser() {
	if (process.env.CHROME_PATH) {
		if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
		console.error(`CHROME_PATH=${process.env.CHROME_PATH} không tồn tại (does not exist).`);
		process.exit(1);
	}
	return CANDIDATES.find((p) => existsSync(p)) ?? playwrightBrowser();
}

let browser = findBrowser();
if (!browser) {
	console.log('Không tìm thấy Chromium; đang tải về (no Chromium found; getting one)...');
	if (run('npx playwright install chromium')) browser = playwrightBrowser();
	if (
		!browser &&
		process.platform === 'linux' &&
		process.getuid?.() === 0 &&
		existsSync('/usr/bin/apt-get')
	) {
		run('apt-get update && apt-get install -y chromium');
		browser = findBrowser();
	}
}
if (!browser) {
	console.error(
		[
			'Cần một trình duyệt Chromium để chạy kiểm thử e2e (a Chromium is needed for the e2e tests).',
			'Cách lấy (how to get one):',
			'  - có Internet: npx playwright install chromium',
			'  - Debian/Ubuntu (root): apt-get update && apt-get install -y chromium',
			'  - hoặc đặt CHROME_PATH=/đường/dẫn/tới/chrome (or set CHROME_PATH)'
		].join('\n')
	);
	process.exit(1);
}
console.log(`Trình duyệt (browser): ${browser}`);

if (!process.env.E2E_SKIP_BUILD && !run('npm run build')) process.exit(1);
// Arguments go through as they are (no shell), so `-g "a|b"` keeps its meaning.
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, CHROME_PATH: browser }
});
process.exit(result.status === 0 ? 0 : 1);
