// Resuming a lesson half-way, and what happens after an author changes the lesson.
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '$lib/content/parse';
import { listProgress, saveStep } from '$lib/progress/learning';
import { createMemoryStore } from '$lib/progress/memory';
import { createProfile } from '$lib/progress/profile-edit';
import { setCurrentProfile } from '$lib/progress/profiles';
import { startAppProgress } from '$lib/progress/test-state';
import LessonPlayer from './LessonPlayer.svelte';

const source = (version: number) => `---
id: b68-thu-tiep-tuc
title: Thử học tiếp
band: 6-8
version: ${version}
summary: Bài ngắn để thử học tiếp.
objectives: [Học tiếp đúng chỗ]
topics: [trusted-adults]
platforms: []
duration: 5
keyMessages: [Em có người lớn tin cậy, Gọi 111 khi cần]
---
::: step Bước một
Em có thể kể với người lớn em tin.
:::
::: choice
Khi thấy sợ, em làm gì?
- [x] Kể với bố mẹ hoặc cô giáo
  > Đúng rồi.
- [ ] Giữ im lặng
  > Em không phải giữ một mình.
:::
::: step Bước ba
Gọi 111 miễn phí, ngày và đêm.
:::
::: facilitator
Cho lớp kể tên người lớn tin cậy.
:::
`;

function lessonAt(version: number) {
	const { lesson, errors } = parseLesson(source(version), {
		path: 'content/6-8/02-thu.md',
		base: ''
	});
	expect(errors).toEqual([]);
	const { facilitator: _f, parents: _p, ...learner } = lesson!;
	return learner;
}

/** Mai stopped at the third screen (index 2) of version 1 of the lesson. */
async function maiStoppedAtScreen3() {
	const store = createMemoryStore();
	const mai = await createProfile(store, { nickname: 'Mai', avatar: 'rabbit', band: '6-8' });
	await setCurrentProfile(store, mai.id);
	await saveStep(store, mai.id, 'b68-thu-tiep-tuc', 1, 2);
	await startAppProgress(store);
	return { store, mai };
}

describe('LessonPlayer resume', () => {
	it('goes back to the screen the learner left', async () => {
		await maiStoppedAtScreen3();
		render(LessonPlayer, { lesson: lessonAt(1), badges: [] });
		expect(await screen.findByText(/tiếp tục từ bước 3/)).toBeVisible();
		expect(screen.getByRole('heading', { name: 'Bước ba' })).toBeVisible();
	});

	it('starts again at the first screen when the author changed the lesson since', async () => {
		const { store, mai } = await maiStoppedAtScreen3();
		const lesson = lessonAt(2);
		expect(lesson.version).toBe(2);
		render(LessonPlayer, { lesson, badges: [] });
		expect(await screen.findByRole('heading', { name: 'Bước một' })).toBeVisible();
		expect(screen.queryByRole('heading', { name: 'Bước ba' })).toBeNull();
		expect(screen.queryByText(/tiếp tục từ bước/)).toBeNull();
		// The old resume point is replaced by one for the new version.
		await expect
			.poll(async () =>
				(await listProgress(store, mai.id)).map((r) => [r.lessonVersion, r.currentStep])
			)
			.toEqual([[2, 0]]);
	});
});
