// Fails `vite build` (and warns in dev) when any lesson or guide is broken, listing every
// error as file:line so a broken lesson can never ship.
import type { Plugin } from 'vite';
import { formatError, loadContent } from '../src/lib/content/load';

export function contentPlugin(): Plugin {
	let root = process.cwd();
	return {
		name: 'khien-nho-content',
		enforce: 'pre',
		configResolved(config) {
			root = config.root;
		},
		buildStart() {
			if (process.env.VITEST) return;
			const set = loadContent({ root, contentDir: process.env.CONTENT_DIR });
			if (set.errors.length) {
				const list = set.errors.map(formatError).join('\n');
				const msg = `Nội dung có ${set.errors.length} lỗi (content has errors):\n${list}`;
				if (this.meta.watchMode) this.warn(msg);
				else this.error(msg);
			}
		},
		configureServer(server) {
			server.watcher.add(`${root}/content`);
			server.watcher.on('change', (file) => {
				if (file.includes('/content/')) server.ws.send({ type: 'full-reload' });
			});
		}
	};
}
