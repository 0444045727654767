// Serves the built site the way a static host does: files from build/, folders by their
// index.html, unknown pages by the fallback 200.html. No dependencies.
// Usage: node scripts/serve.js [--dir build] [--port 4173] [--host 127.0.0.1]
// BASE_PATH (e.g. /khien-nho) serves the site under that folder, as it was built.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

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

/** @param {import('node:http').ServerResponse} res @param {string} file */
function send(res, file, status = 200) {
	const type = TYPES[extname(file)] ?? 'application/octet-stream';
	const immutable = file.includes(`${join(root, '_app', 'immutable')}`);
	res.writeHead(status, {
		'content-type': type,
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
		'x-content-type-options': 'nosniff'
	});
	createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let path = decodeURIComponent(url.pathname);
	if (base) {
		if (path === '/' || !path.startsWith(base)) {
			res.writeHead(302, { location: `${base}/` });
			return res.end();
		}
		path = path.slice(base.length) || '/';
	}
	const file = normalize(join(root, path));
	if (!file.startsWith(root)) {
		res.writeHead(403);
		return res.end();
	}
	if (existsSync(file) && statSync(file).isFile()) return send(res, file);
	if (existsSync(join(file, 'index.html'))) {
		if (!path.endsWith('/')) {
			res.writeHead(308, { location: `${base}${path}/${url.search}` });
			return res.end();
		}
		return send(res, join(file, 'index.html'));
	}
	if (existsSync(`${file}.html`)) return send(res, `${file}.html`);
	// Unknown page: the app's fallback, as Netlify, Surge and most hosts do with 200.html.
	return send(res, join(root, '200.html'), 200);
});

server.listen(port, host, () => {
	console.log(`Khiên Nhỏ: http://${host}:${port}${base}/  (serving ${root})`);
});
