// The content/ tree from disk (Node only: scripts, tests, and the Vite plugin that puts the
// course into Vite's graph). Reading is here; parsing and checking are course.ts's.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildContent, isCourseFile, type ContentSet, type SourceFile } from './course';

export { formatError, summary, type ContentSet } from './course';

export interface LoadOptions {
	/** Project root (holds content/ and static/). */
	root: string;
	base?: string;
	/** Another folder to read instead of root/content (benchmarks, tests). */
	contentDir?: string;
}

function walk(dir: string, out: string[] = []): string[] {
	if (!existsSync(dir)) return out;
	for (const name of readdirSync(dir).sort()) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) walk(full, out);
		else if (name.endsWith('.md')) out.push(full);
	}
	return out;
}

/** Every course file under `contentDir`, with its absolute path and its `content/...` path. */
export function readContentFiles(contentDir: string): (SourceFile & { file: string })[] {
	return walk(contentDir)
		.map((file) => ({ file, path: 'content/' + relative(contentDir, file).split(sep).join('/') }))
		.filter((f) => isCourseFile(f.path))
		.map((f) => ({ ...f, source: readFileSync(f.file, 'utf8') }));
}

/** Images are checked against the project's static/ folder. */
export function imageCheck(root: string) {
	const staticDir = join(root, 'static');
	return (src: string) => existsSync(join(staticDir, src));
}

export function loadContent(opts: LoadOptions): ContentSet {
	const contentDir = opts.contentDir ?? join(opts.root, 'content');
	return buildContent(readContentFiles(contentDir), {
		base: opts.base ?? '',
		imageExists: imageCheck(opts.root)
	});
}
