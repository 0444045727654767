// Serves the built site the way a static host does: files from build/, folders by their
// index.html, unknown pages by the fallback 200.html, text gzipped as every real host does
// (so Lighthouse and the benchmarks see the bytes a phone would download). No dependencies.
// Usage: node scripts/serve.js [--dir build] [--port 4173] [--host 127.0.0.1]
// BASE_PATH (e.g. /khien-nho) serves the site under that folder, as it was built.
// Tests: --slow /tu-dien/ [--slow-ms 5000] holds that one page back (a slow network for one
// file, so the service worker's first install is still running while a test acts);
// --slow '*.woff2' holds back every file ending so.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, isAbsolute, join, normalize, relative, resolve } from 'node:path';

const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback */
const arg = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : fallback;
};
const root = resolve(arg('dir', 'build'));
const port = Number(arg('port', process.env.PORT ?? '4173'));
const host = arg('host', '127.0.0.1');
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
const slow = arg('slow', '');
const slowMs = Number(arg('slow-ms', '5000'));

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

if (!existsSync(join(root, '200.html'))) {
	console.error(
		`Không thấy ${root}/200.html: hãy chạy "npm run build" trước (run the build first).`
	);
	process.exit(1);
}

const COMPRESSIBLE = /\.(html|m?js|css|json|webmanifest|svg|txt)$/;
/** @type {Map<string, { mtime: number, body: Buffer }>} */
const gzipped = new Map();

/** @param {string} file */
function gzipOf(file) {
	const mtime = statSync(file).mtimeMs;
	const hit = gzipped.get(file);
	if (hit && hit.mtime === mtime) return hit.body;
	const body = gzipSync(readFileSync(file), { level: 9 });
	gzipped.set(file, { mtime, body });
	return body;
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} file
 */
function send(req, res, file, status = 200) {
	const type = TYPES[extname(file)] ?? 'application/octet-stream';
	const immutable = file.includes(`${join(root, '_app', 'immutable')}`);
	/** @type {Record<string, string | number>} */
	const headers = {
		'content-type': type,
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
		'x-content-type-options': 'nosniff'
	};
	if (COMPRESSIBLE.test(file)) {
		headers.vary = 'accept-encoding';
		if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			const body = gzipOf(file);
			res.writeHead(status, {
				...headers,
				'content-encoding': 'gzip',
				'content-length': body.length
			});
			return res.end(req.method === 'HEAD' ? undefined : body);
		}
	}
	res.writeHead(status, headers);
	if (req.method === 'HEAD') return res.end();
	createReadStream(file).pipe(res);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 */
function refuse(res, status) {
	res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
	res.end(`${status}\n`);
}

/**
 * True when `file` lies inside the served folder (a sibling such as build-old/ does not).
 * @param {string} file
 */
function inside(file) {
	const rel = relative(root, file);
	return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function handle(req, res) {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let path;
	try {
		path = decodeURIComponent(url.pathname);
	} catch {
		// A malformed escape such as /%E0%A4%A: a client error, never a crash.
		return refuse(res, 400);
	}
	if (path.includes('\0')) return refuse(res, 400);
	if (base) {
		if (path === '/' || !path.startsWith(base)) {
			res.writeHead(302, { location: `${base}/` });
			return res.end();
		}
		path = path.slice(base.length) || '/';
	}
	if (slow && (slow.startsWith('*') ? path.endsWith(slow.slice(1)) : path === slow)) {
		const later = setTimeout(() => guarded(res, () => serveFile(req, res, path, url)), slowMs);
		res.once('close', () => clearTimeout(later));
		return;
	}
	serveFile(req, res, path, url);
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} path the request's path below the base path
 * @param {URL} url
 */
function serveFile(req, res, path, url) {
	const file = normalize(join(root, path));
	// startsWith(root) would let /..%2Fbuild-secret/ read a sibling folder sharing the prefix.
	if (!inside(file)) return refuse(res, 404);
	if (existsSync(file) && statSync(file).isFile()) return send(req, res, file);
	if (existsSync(join(file, 'index.html'))) {
		if (!path.endsWith('/')) {
			res.writeHead(308, { location: `${base}${path}/${url.search}` });
			return res.end();
		}
		return send(req, res, join(file, 'index.html'));
	}
	if (existsSync(`${file}.html`)) return send(req, res, `${file}.html`);
	// Unknown page: the app's fallback, as Netlify, Surge and most hosts do with 200.html.
	return send(req, res, join(root, '200.html'), 200);
}

/**
 * One bad request must not take the server down for every later one.
 * @param {import('node:http').ServerResponse} res
 * @param {() => void} work
 */
function guarded(res, work) {
	try {
		work();
	} catch (e) {
		console.error(e);
		if (!res.headersSent) refuse(res, 500);
		else res.destroy();
	}
}

const server = createServer((req, res) => guarded(res, () => handle(req, res)));

server.listen(port, host, () => {
	console.log(`Khiên Nhỏ: http://${host}:${port}${base}/  (serving ${root})`);
});
