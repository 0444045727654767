// Script payloads written into a lesson file reach the page as text and never run.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '$lib/content/parse';
import type { Step } from '$lib/content/types';
import StepView from './StepView.svelte';
import Activity from '$lib/components/activities/Activity.svelte';

const lesson = (body: string) => `---
id: b68-thu-xss
title: Thử nội dung lạ
band: 6-8
summary: Kiểm tra rằng chữ lạ chỉ hiện ra là chữ.
objectives: [Hiện chữ đúng là chữ]
topics: [personal-info]
platforms: []
duration: 5
keyMessages: [Chữ là chữ, Không có gì chạy cả]
---
${body}
::: facilitator
Kế hoạch ngắn cho buổi học, gọi 111 khi cần.
:::
`;

describe('lesson text with script payloads', () => {
	it('refuses raw HTML outright, naming the line', () => {
		const { errors } = parseLesson(
			lesson(
				'::: step Bước một\nXin chào <img src=x onerror="window.__xss=1">\n:::\n::: choice\nChọn?\n- [x] A\n  > Đúng\n- [ ] B\n  > Sai\n:::\n'
			),
			{ path: 'content/6-8/01-thu-xss.md', base: '' }
		);
		expect(errors.map((e) => e.line)).toContain(13);
		expect(errors[0].message).toMatch(/HTML/);
	});

	it('shows code-span payloads as text and runs nothing', () => {
		const w = window as unknown as { __xss?: number };
		const { lesson: parsed, errors } = parseLesson(
			lesson(
				'::: step Bước một\nĐừng gõ `<img src=x onerror="window.__xss=1">` hay `<script>window.__xss=2</script>` vào đâu cả. [Bấm](javascript:window.__xss=3)\n:::\n::: choice\nChọn `<svg onload="window.__xss=4">`?\n- [x] `<b onclick=1>`đúng\n  > Đúng `<script>x</script>`\n- [ ] Sai\n  > Sai\n:::\n'
			),
			{ path: 'content/6-8/01-thu-xss.md', base: '' }
		);
		// The javascript: link is refused at build time too.
		expect(errors.some((e) => /liên kết không an toàn/.test(e.message))).toBe(true);
		expect(parsed).toBeNull();

		const safe = parseLesson(
			lesson(
				'::: step Bước một\nĐừng gõ `<img src=x onerror="window.__xss=1">` hay `<script>window.__xss=2</script>` vào đâu cả.\n:::\n::: choice\nChọn `<svg onload="window.__xss=4">`?\n- [x] `<b onclick=1>`đúng\n  > Đúng `<script>x</script>`\n- [ ] Sai\n  > Sai\n:::\n'
			),
			{ path: 'content/6-8/01-thu-xss.md', base: '' }
		).lesson!;
		const step = safe.screens[0] as Step;
		render(StepView, { step, band: '6-8' });
		expect(screen.getByText(/<img src=x onerror="window.__xss=1">/)).toBeInTheDocument();
		expect(document.querySelector('img[onerror], script:not([src])')).toBeNull();

		const activity = safe.screens[1];
		if (activity.kind !== 'activity') throw new Error('expected an activity');
		render(Activity, { activity: activity.activity, band: '6-8', ondone: () => {} });
		expect(screen.getByText(/<svg onload="window.__xss=4">/)).toBeInTheDocument();
		expect(document.querySelector('svg[onload], b[onclick]')).toBeNull();
		expect(w.__xss).toBeUndefined();
	});
});
