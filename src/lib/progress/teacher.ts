// What the teacher or club leader sees: every learner × the lessons of a band, status and
// stars only, in nickname order. Never a ranking between children.
import { BANDS, type Band } from '$lib/content/bands';
import { isChildProfile, type ClassSummary, type LessonProgressRow } from './model';
import { byNickname } from './profiles';
import type { Store } from './store';

export interface SummaryLesson {
	id: string;
	title?: string;
	band?: Band;
}

/**
 * Which part of the class: one band (its learners and its lessons), or 'with-learners'
 * (every learner, and the lessons of the bands that have learners).
 */
export type BandFilter = Band | 'with-learners';

/**
 * Profiles × lessons. Without a filter, every learner and every lesson given (a lesson
 * without a band is kept by every filter). Without `lessons`, every lesson seen on the
 * device is listed by id.
 */
export async function classSummary(
	store: Store,
	lessons?: readonly SummaryLesson[],
	filter?: BandFilter
): Promise<ClassSummary> {
	const [profiles, rows] = await store.read(
		async (t) =>
			[(await t.profiles.all()).filter(isChildProfile), await t.lessonProgress.all()] as const
	);
	const bands = BANDS.map((b) => ({
		band: b,
		learners: profiles.filter((p) => p.band === b).length
	})).filter((b) => b.learners > 0);
	const shown = new Set<Band>(
		filter === undefined ? BANDS : filter === 'with-learners' ? bands.map((b) => b.band) : [filter]
	);
	const all: ClassSummary['lessons'] =
		lessons && lessons.length
			? lessons.map(({ id, title, band }) => ({ id, title: title ?? id, ...(band && { band }) }))
			: [...new Set(rows.map((r) => r.lessonId))].sort().map((id) => ({ id, title: id }));
	const list = all.filter((l) => !l.band || shown.has(l.band));

	const byProfile = new Map<string, Map<string, LessonProgressRow>>();
	for (const r of rows) {
		let m = byProfile.get(r.profileId);
		if (!m) byProfile.set(r.profileId, (m = new Map()));
		m.set(r.lessonId, r);
	}
	return {
		lessons: list,
		bands,
		rows: profiles
			.filter((p) => shown.has(p.band))
			.sort(byNickname)
			.map((p) => {
				const mine = byProfile.get(p.id);
				const cells: ClassSummary['rows'][number]['cells'] = {};
				let done = 0;
				for (const l of list) {
					const r = mine?.get(l.id);
					cells[l.id] = { status: r?.status ?? 'not-started', stars: r?.stars ?? 0 };
					if (r?.status === 'done') done++;
				}
				return {
					profile: {
						id: p.id,
						nickname: p.nickname,
						avatar: p.avatar,
						band: p.band,
						hasCode: !!p.pictureCode
					},
					cells,
					done
				};
			})
	};
}
