// The course from its source files: every lesson and guide parsed once, checked across
// files (ids, slugs, translations) and sorted. A pure function of the files, as svelte.dev's
// `create_index` is: the Vite plugin feeds it files from Vite's graph, load.ts from disk,
// and the lesson studio could feed it one pasted lesson.
import { checkPictures } from '../pictures/check';
import { parseTrainingModule, type TrainingModule } from './training';
import { lessonPathInfo, parseGuide, parseLesson } from './parse';
import type { ContentError, Guide, Lesson } from './types';
import { BANDS } from './bands';

export interface SourceFile {
	/** Repository-relative path: `content/6-8/01-co-the-cua-em.md`. */
	path: string;
	source: string;
}

export interface ContentSet {
	lessons: Lesson[];
	/** Lessons in other languages than Vietnamese, keyed by `${lang}:${id}`. */
	translations: Map<string, Lesson>;
	guides: Guide[];
	/** Practice modules for adults (issue 24): content/tap-huan/<audience>/NN-slug.md. */
	training: TrainingModule[];
	errors: ContentError[];
	files: number;
}

export interface BuildOptions {
	/** SvelteKit base path ('' or '/khien-nho'). */
	base?: string;
	/** Tells whether '/illustrations/x.svg' exists under static/. */
	imageExists?: (src: string) => boolean;
}

/** Files under content/ that the lesson loader reads: Markdown, not READMEs, not danh-gia/. */
export function isCourseFile(path: string): boolean {
	if (!path.endsWith('.md') || /(^|\/)README\.md$/.test(path)) return false;
	// Evaluation instruments (issue 20, /work/notes/eval-spec.md) are not lessons: their own
	// parser reads content/danh-gia/, so the lesson loader leaves that folder alone.
	return !path.startsWith('content/danh-gia/');
}

export function buildContent(files: SourceFile[], opts: BuildOptions = {}): ContentSet {
	const base = opts.base ?? '';
	const set: ContentSet = {
		lessons: [],
		translations: new Map(),
		guides: [],
		training: [],
		errors: [],
		files: 0
	};
	const ids = new Map<string, string>();
	const slugs = new Map<string, string>();

	for (const { path: rel, source } of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
		if (!isCourseFile(rel)) continue;
		set.files++;
		// Unknown [[picture]] names, with file:line and the nearest names (lib/pictures); a
		// lesson with one is not published, like any other lesson with an error.
		const pictureErrors = checkPictures(source, rel);
		set.errors.push(...pictureErrors);
		// Adults' practice modules: the lessons' format and parser, kept as their own collection.
		if (rel.startsWith('content/tap-huan/')) {
			const { module, errors } = parseTrainingModule(source, {
				path: rel,
				base,
				imageExists: opts.imageExists
			});
			set.errors.push(...errors);
			if (module) {
				const other = ids.get(module.id);
				if (other)
					set.errors.push({
						path: rel,
						line: 2,
						message: `mã "${module.id}" trùng với ${other} (duplicate id)`
					});
				ids.set(module.id, rel);
				set.training.push(module);
			}
			continue;
		}
		if (rel.startsWith('content/guides/')) {
			const { guide, errors } = parseGuide(source, { path: rel, base });
			set.errors.push(...errors);
			if (guide) {
				const other = ids.get(guide.id);
				if (other) set.errors.push({ path: rel, line: 2, message: `mã "${guide.id}" trùng với ${other} (duplicate id)` });
				ids.set(guide.id, rel);
				set.guides.push(guide);
			}
			continue;
		}
		const info = lessonPathInfo(rel);
		if (info && !(BANDS as readonly string[]).includes(info.band)) {
			set.errors.push({
				path: rel,
				line: 1,
				message: `thư mục "${info.band}" không phải lứa tuổi hợp lệ (${BANDS.join(', ')}) (unknown band folder)`
			});
			continue;
		}
		const { lesson, errors } = parseLesson(source, { path: rel, base, imageExists: opts.imageExists });
		set.errors.push(...errors);
		if (!lesson || pictureErrors.length) continue;
		if ('audience' in lesson && lesson.audience !== undefined) {
			set.errors.push({
				path: rel,
				line: 2,
				message: '"audience" chỉ dùng trong content/tap-huan/ (for training modules only)'
			});
			continue;
		}
		if (lesson.lang !== 'vi') {
			set.translations.set(`${lesson.lang}:${lesson.id}`, lesson);
			continue;
		}
		const other = ids.get(lesson.id);
		if (other)
			set.errors.push({ path: rel, line: 2, message: `mã bài "${lesson.id}" trùng với ${other} (duplicate id)` });
		ids.set(lesson.id, rel);
		const slugKey = `${lesson.band}/${lesson.slug}`;
		const sameSlug = slugs.get(slugKey);
		if (sameSlug)
			set.errors.push({ path: rel, line: 1, message: `đường dẫn "${slugKey}" trùng với ${sameSlug} (duplicate slug)` });
		slugs.set(slugKey, rel);
		set.lessons.push(lesson);
	}
	for (const [key, t] of set.translations)
		if (!ids.has(t.id))
			set.errors.push({
				path: t.path,
				line: 2,
				message: `bản dịch ${key} không có bài gốc tiếng Việt cùng mã (translation without a source lesson)`
			});
	const bandOrder = (b: string) => (BANDS as readonly string[]).indexOf(b);
	set.lessons.sort((a, b) => bandOrder(a.band) - bandOrder(b.band) || a.order - b.order);
	set.guides.sort((a, b) => a.audience.localeCompare(b.audience) || a.order - b.order);
	set.training.sort((a, b) => a.audience.localeCompare(b.audience) || a.order - b.order);
	set.errors.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
	return set;
}

export function formatError(e: ContentError): string {
	return `${e.path}:${e.line}: ${e.message}`;
}

export function summary(set: ContentSet) {
	return {
		lessons: set.lessons.map((l) => ({
			id: l.id,
			path: l.path,
			band: l.band,
			title: l.title,
			topics: l.topics,
			platforms: l.platforms,
			activities: l.activityCounts
		})),
		guides: set.guides.map((g) => ({ id: g.id, path: g.path, audience: g.audience, title: g.title })),
		errors: set.errors.map((e) => ({ path: e.path, line: e.line, message: e.message }))
	};
}
