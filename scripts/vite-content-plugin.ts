// The course inside Vite's module graph: `virtual:khien-nho/content` is every lesson and
// guide, parsed once per build (src/lib/server/content.ts is its only importer, so only
// the server build loads it, and the prerender reads the result instead of parsing again).
// Each content file is a watched dependency of the module: in `npm run dev` an edited,
// added or removed lesson shows on the next request. A broken lesson fails the build and,
// in dev, the page and Vite's overlay, each error as file:line.
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildContent, formatError, type ContentSet } from '../src/lib/content/course';
import { imageCheck, readContentFiles } from '../src/lib/content/load';

export const CONTENT_MODULE = 'virtual:khien-nho/content';
const RESOLVED = '\0' + CONTENT_MODULE;

export interface ContentPluginOptions {
	/** SvelteKit's `paths.base`, prefixed to links and images inside lessons. */
	base?: string;
}

/** The module's code: only what pages use (lessons, guides, training modules), as one JSON literal. */
function moduleCode(set: ContentSet): string {
	const json = JSON.stringify({ lessons: set.lessons, guides: set.guides, training: set.training });
	// JSON.parse of a string literal is faster to start than the same object as JS.
	return `const data = JSON.parse(${JSON.stringify(json)});\nexport const lessons = data.lessons;\nexport const guides = data.guides;\nexport const training = data.training;\n`;
}

export function contentPlugin(options: ContentPluginOptions = {}): Plugin {
	let root = process.cwd();
	let contentDir = '';
	let server: ViteDevServer | undefined;
	let log = (_msg: string) => {};
	let logError = (_msg: string) => {};

	const invalidate = () => {
		if (!server) return;
		for (const env of Object.values(server.environments)) {
			const mod = env.moduleGraph.getModuleById(RESOLVED);
			if (mod) env.moduleGraph.invalidateModule(mod);
		}
		server.ws.send({ type: 'full-reload' });
	};
	const inContent = (file: string) => resolve(file).startsWith(contentDir + '/');

	return {
		name: 'khien-nho-content',
		enforce: 'pre',
		configResolved(config) {
			root = config.root;
			// CONTENT_DIR lets the benchmark build a synthetic course of any size.
			contentDir = resolve(process.env.CONTENT_DIR ?? join(root, 'content'));
			log = (msg) => config.logger.info(msg, { timestamp: true });
			logError = (msg) => config.logger.error(msg);
		},
		resolveId(id) {
			return id === CONTENT_MODULE ? RESOLVED : undefined;
		},
		load(id) {
			if (id !== RESOLVED) return;
			const t0 = performance.now();
			const files = readContentFiles(contentDir);
			for (const f of files) this.addWatchFile(f.file);
			const set = buildContent(files, { base: options.base ?? '', imageExists: imageCheck(root) });
			const ms = Math.round(performance.now() - t0);
			if (set.errors.length) {
				const list = set.errors.map(formatError).join('\n');
				const message = `Nội dung có ${set.errors.length} lỗi (content has errors):\n${list}`;
				const first = set.errors[0];
				const file = join(contentDir, first.path.replace(/^content\//, ''));
				server?.ws.send({
					type: 'error',
					err: {
						message,
						stack: '',
						plugin: 'khien-nho-content',
						id: file,
						loc: { file, line: first.line, column: 1 }
					}
				});
				// Printed here too: when the build stops, another plugin's closing error (the PWA
				// plugin's, with no service worker built) can be the last word printed.
				logError(message);
				// The stack is the list itself: SvelteKit's dev server prints an error's stack.
				this.error({
					message,
					stack: message,
					id: file,
					loc: { file, line: first.line, column: 0 }
				});
			}
			log(
				`khien-nho-content: ${set.lessons.length} bài học, ${set.guides.length} tài liệu (${set.files} tệp) đọc trong ${ms} ms`
			);
			return moduleCode(set);
		},
		configureServer(dev) {
			server = dev;
			dev.watcher.add(contentDir);
			// Vite drops the module when a watched file changes; a file added or removed changes
			// the list itself, which only this plugin knows. Either way open pages reload.
			for (const event of ['add', 'unlink', 'change'] as const)
				dev.watcher.on(event, (file) => {
					if (inContent(file) && file.endsWith('.md')) invalidate();
				});
		}
	};
}
