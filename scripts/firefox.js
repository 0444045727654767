// npm run test:firefox: finds Firefox (FIREFOX_PATH, Debian's firefox-esr, or a Firefox),
// gets one with apt-get when there is none and we are root, builds the site unless told not
// to, and runs the Firefox suite (tests/firefox/, puppeteer-core over WebDriver BiDi) against
// the build. Never skips the browser tests silently.
//   node scripts/firefox.js [--no-build] [vitest arguments, e.g. a file or -t "name"]
// `npm test` passes --no-build: its Chromium step has just built the site.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
	'/usr/bin/firefox-esr',
	'/usr/bin/firefox',
	'/usr/lib/firefox-esr/firefox-esr',
	'/snap/bin/firefox',
	'/Applications/Firefox.app/Contents/MacOS/firefox'
];

/** @param {string} cmd */
function run(cmd) {
	return spawnSync(cmd, { shell: true, stdio: 'inherit' }).status === 0;
}

function findFirefox() {
	if (process.env.FIREFOX_PATH) {
		if (existsSync(process.env.FIREFOX_PATH)) return process.env.FIREFOX_PATH;
		console.error(`FIREFOX_PATH=${process.env.FIREFOX_PATH} không tồn tại (does not exist).`);
		process.exit(1);
	}
	return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

let firefox = findFirefox();
if (
	!firefox &&
	process.platform === 'linux' &&
	process.getuid?.() === 0 &&
	existsSync('/usr/bin/apt-get')
) {
	console.log('Không tìm thấy Firefox; đang cài firefox-esr (no Firefox found; installing)...');
	run('apt-get update && apt-get install -y firefox-esr');
	firefox = findFirefox();
}
if (!firefox) {
	console.error(
		[
			'Cần Firefox để chạy bộ kiểm thử Firefox (Firefox is needed for the Firefox suite).',
			'Cách lấy (how to get one):',
			'  - Debian/Ubuntu (root): apt-get update && apt-get install -y firefox-esr',
			'  - hoặc đặt FIREFOX_PATH=/đường/dẫn/tới/firefox (or set FIREFOX_PATH)'
		].join('\n')
	);
	process.exit(1);
}
console.log(`Trình duyệt (browser): ${firefox}`);

const args = process.argv.slice(2);
const noBuild = args.includes('--no-build') || Boolean(process.env.E2E_SKIP_BUILD);
if (!noBuild && !run('npm run build')) process.exit(1);
if (!existsSync('build/200.html')) {
	console.error('Không thấy build/200.html: hãy chạy "npm run build" trước (build first).');
	process.exit(1);
}

const started = Date.now();
const result = spawnSync(
	'npx',
	[
		'vitest',
		'run',
		'--config',
		'tests/firefox/vitest.config.ts',
		...args.filter((a) => a !== '--no-build')
	],
	{ stdio: 'inherit', env: { ...process.env, FIREFOX_PATH: firefox } }
);
console.log(`Firefox: ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(result.status === 0 ? 0 : 1);
