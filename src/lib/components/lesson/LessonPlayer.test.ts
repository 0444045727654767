import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseLesson } from '$lib/content/parse';
import { progress } from '$lib/progress/progress.svelte';
import LessonPlayer from './LessonPlayer.svelte';

const source = `---
id: b68-thu-ket-thuc
title: Thử kết thúc bài
band: 6-8
summary: Bài ngắn để thử màn hình cuối.
objectives: [Đi hết bài]
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
::: step Bước cuối
Gọi 111 miễn phí, ngày và đêm.
:::
::: facilitator
Cho lớp kể tên người lớn tin cậy; nhắc số 111.
:::
`;

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describe('LessonPlayer', () => {
	it('finishes once when the last "Tiếp" is tapped twice while the result is being saved', async () => {
		vi.stubGlobal('fetch', async () => new Response('[]'));
		let save!: () => void;
		const complete = vi.spyOn(progress, 'completeLesson').mockImplementation(
			() =>
				new Promise((resolve) => {
					save = () => resolve({ progress: {} as never, stars: 2, improved: true, newBadges: [] });
				})
		);
		const { lesson, errors } = parseLesson(source, { path: 'content/6-8/01-thu.md', base: '' });
		expect(errors).toEqual([]);
		const { screens: _s, facilitator: _f, parents: _p, ...rest } = lesson!;
		render(LessonPlayer, { lesson: { ...rest, screens: lesson!.screens }, badges: [] });
		const user = userEvent.setup();

		await user.click(screen.getByRole('button', { name: 'Tiếp' }));
		await user.click(await screen.findByRole('button', { name: 'Bỏ qua' }));
		const last = await screen.findByRole('button', { name: 'Tiếp' });
		await user.click(last);
		await user.click(last);
		save();
		expect(await screen.findByText('Em đã học xong bài này!')).toBeInTheDocument();
		expect(complete).toHaveBeenCalledOnce();
	});
});
