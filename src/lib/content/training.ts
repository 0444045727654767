// Adults' practice modules (issue 24): content/tap-huan/<thay-co|phu-huynh>/NN-slug.md.
// They are lessons in every way but their folder: the same blocks, the same parser and the
// same file:line errors. The lesson parser names its files by band folder, so a module is
// handed to it under that name and every error is given back under the module's real path.
import { parseLesson, type ParseOptions } from './parse';
import { TRAINING_AUDIENCES } from './schema';
import type { ContentError, Lesson } from './types';

export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];

export interface TrainingModule extends Lesson {
	audience: TrainingAudience;
}

const PATH = /^content\/tap-huan\/([a-z-]+)\/(\d+)-([a-z0-9-]+)\.md$/;

export function trainingPathInfo(path: string) {
	const m = PATH.exec(path);
	return m ? { audience: m[1], order: Number(m[2]), slug: m[3] } : null;
}

export function parseTrainingModule(
	source: string,
	opts: ParseOptions
): { module: TrainingModule | null; errors: ContentError[] } {
	const info = trainingPathInfo(opts.path);
	if (!info || !(TRAINING_AUDIENCES as readonly string[]).includes(info.audience))
		return {
			module: null,
			errors: [
				{
					path: opts.path,
					line: 1,
					message:
						'tên tệp phải có dạng content/tap-huan/<thay-co|phu-huynh>/<số>-<ten>.md (bad file name)'
				}
			]
		};
	// The band (reading level of the player) comes from the frontmatter; the schema checks it.
	const band = /^band:\s*([0-9]+-[0-9]+)\s*$/m.exec(source)?.[1] ?? '15-17';
	const virtual = `content/${band}/${String(info.order).padStart(2, '0')}-${info.slug}.md`;
	const { lesson, errors } = parseLesson(source, { ...opts, path: virtual });
	const out = errors.map((e) => ({ ...e, path: opts.path }));
	const audience = (lesson as (Lesson & { audience?: string }) | null)?.audience;
	const audienceLine = source.split('\n').findIndex((l) => l.startsWith('audience:')) + 1;
	if (lesson && audience !== info.audience)
		out.push({
			path: opts.path,
			line: audienceLine || 2,
			message: audience
				? `audience "${audience}" không khớp thư mục "${info.audience}" (audience does not match folder)`
				: `thiếu "audience: ${info.audience}" (a training module names its audience)`
		});
	if (out.length || !lesson) return { module: null, errors: out };
	return { module: { ...lesson, path: opts.path, audience: info.audience as TrainingAudience }, errors: [] };
}
