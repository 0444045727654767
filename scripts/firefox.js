// npm run test:firefox: the browser tests in the other engines (tests/firefox/): Firefox ESR
// through puppeteer-core over WebDriver BiDi, and WebKit (WebKitGTK's MiniBrowser) through
// WebKitWebDriver under Xvfb. Finds the browsers, installs the missing ones with apt-get when
// run as root on Debian/Ubuntu, builds the site unless told not to, then runs the suite.
// Never skips silently: a missing browser stops the run with instructions; WEBKIT=0 leaves
// the WebKit part out, and says so.
//   node scripts/firefox.js [--no-build] [vitest arguments, e.g. a file or -t "name"]
// `npm test` passes --no-build: its Chromium step has just built the site.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const FIREFOX = [
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

/** @param {string} name @param {string[]} candidates */
function find(name, candidates) {
	const set = process.env[name];
	if (set) {
		if (existsSync(set)) return set;
		console.error(`${name}=${set} không tồn tại (does not exist).`);
		process.exit(1);
	}
	return candidates.find((p) => existsSync(p)) ?? null;
}

/** WebKitGTK's MiniBrowser sits in an architecture folder (/usr/lib/x86_64-linux-gnu/...). */
function miniBrowsers() {
	if (!existsSync('/usr/lib')) return [];
	return readdirSync('/usr/lib').flatMap((arch) =>
		['webkit2gtk-4.1', 'webkit2gtk-4.0'].map((v) => `/usr/lib/${arch}/${v}/MiniBrowser`)
	);
}

const webkitWanted = process.env.WEBKIT !== '0';
const lookup = () => ({
	firefox: find('FIREFOX_PATH', FIREFOX),
	driver: webkitWanted ? find('WEBKIT_DRIVER_PATH', ['/usr/bin/WebKitWebDriver']) : 'off',
	browser: webkitWanted ? find('WEBKIT_BROWSER_PATH', miniBrowsers()) : 'off',
	xvfb: webkitWanted ? find('XVFB_PATH', ['/usr/bin/Xvfb']) : 'off'
});

let found = lookup();
const packages = [
	!found.firefox && 'firefox-esr',
	(!found.driver || !found.browser) && 'webkit2gtk-driver',
	!found.xvfb && 'xvfb'
].filter(Boolean);
const canApt =
	process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (packages.length && canApt) {
	console.log(`Đang cài (installing): ${packages.join(' ')}`);
	run(`apt-get update && apt-get install -y ${packages.join(' ')}`);
	found = lookup();
}
const missing = Object.entries(found).filter(([, path]) => !path);
if (missing.length) {
	console.error(
		[
			`Thiếu trình duyệt cho bộ kiểm thử Firefox/WebKit (missing: ${missing.map(([k]) => k).join(', ')}).`,
			'Cách lấy (how to get them):',
			'  - Debian/Ubuntu (root): apt-get update && apt-get install -y firefox-esr webkit2gtk-driver xvfb',
			'  - hoặc đặt FIREFOX_PATH, WEBKIT_DRIVER_PATH, WEBKIT_BROWSER_PATH, XVFB_PATH',
			'  - không có WebKitGTK (macOS, Windows): WEBKIT=0 chỉ chạy phần Firefox (Firefox only)'
		].join('\n')
	);
	process.exit(1);
}
console.log(`Firefox: ${found.firefox}`);
console.log(
	webkitWanted
		? `WebKit: ${found.browser} (${found.driver}, ${found.xvfb})`
		: 'WebKit: BỎ QUA vì WEBKIT=0 (SKIPPED because WEBKIT=0)'
);

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
		...(webkitWanted ? [] : ['--exclude', 'tests/firefox/**/*.webkit.ts']),
		...args.filter((a) => a !== '--no-build')
	],
	{
		stdio: 'inherit',
		env: {
			...process.env,
			FIREFOX_PATH: String(found.firefox),
			...(webkitWanted && {
				WEBKIT_DRIVER_PATH: String(found.driver),
				WEBKIT_BROWSER_PATH: String(found.browser),
				XVFB_PATH: String(found.xvfb)
			})
		}
	}
);
console.log(`Firefox/WebKit: ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(result.status === 0 ? 0 : 1);
