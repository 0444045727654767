// What an adult sees before importing a checked backup: each learner with their counts.
import { compareVi } from '$lib/i18n/text';
import type { Backup, Profile } from './model';

export interface BackupPreviewProfile {
	id: string;
	nickname: string;
	avatar: Profile['avatar'];
	band: Profile['band'];
	lessonsDone: number;
	lessonsStarted: number;
	attempts: number;
	badges: number;
}
export interface BackupPreview {
	exportedAt: string;
	/** In nickname order, naturally, as the picker and the class summary list them. */
	profiles: BackupPreviewProfile[];
	counts: { profiles: number; lessonProgress: number; attempts: number; badges: number };
}

export function previewOf(b: Backup): BackupPreview {
	return {
		exportedAt: b.exportedAt,
		profiles: [...b.profiles]
			.sort((x, y) => compareVi(x.nickname, y.nickname))
			.map((p) => {
				const mine = b.lessonProgress.filter((r) => r.profileId === p.id);
				return {
					id: p.id,
					nickname: p.nickname,
					avatar: p.avatar,
					band: p.band,
					lessonsDone: mine.filter((r) => r.status === 'done').length,
					lessonsStarted: mine.filter((r) => r.status === 'in-progress').length,
					attempts: b.attempts.filter((a) => a.profileId === p.id).length,
					badges: b.badges.filter((x) => x.profileId === p.id).length
				};
			}),
		counts: {
			profiles: b.profiles.length,
			lessonProgress: b.lessonProgress.length,
			attempts: b.attempts.length,
			badges: b.badges.length
		}
	};
}
