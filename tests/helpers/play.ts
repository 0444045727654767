// Plays a lesson the way a child would, answering every activity safely, with either the
// keyboard alone or taps.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Activity, Lesson } from '../../src/lib/content/types';
import { axe } from './axe';

export type Input = 'keyboard' | 'tap' | 'click';

async function press(page: Page, target: Locator, input: Input, key = 'Enter') {
	await expect(target).toBeVisible();
	if (input === 'tap') return target.tap();
	if (input === 'click') return target.click();
	await target.focus();
	await page.keyboard.press(key);
}

export async function answer(page: Page, activity: Activity, input: Input) {
	switch (activity.type) {
		case 'choice':
			for (const option of activity.options.filter((o) => o.correct))
				await press(
					page,
					page.locator('.option button', { hasText: option.label.text }).first(),
					input
				);
			break;
		case 'redflag':
			for (const item of activity.items.filter((i) => i.flag))
				await press(page, page.locator('.row button', { hasText: item.text }).first(), input);
			await press(page, page.getByRole('button', { name: 'Kiểm tra', exact: true }), input);
			break;
		case 'sort':
			for (const card of activity.cards) {
				await press(page, page.locator(`button[data-card="${card.id}"]`), input);
				await press(page, page.locator(`[data-bin="${card.bin}"] button`), input);
			}
			break;
		case 'settings':
			for (const setting of activity.settings) {
				const safe = setting.options.find((o) => o.safe)!;
				const radio = page
					.getByRole('group', { name: setting.label })
					.getByRole('radio', { name: safe.label, exact: true });
				if (input === 'tap') await radio.tap();
				else if (input === 'click') await radio.check();
				else {
					await radio.focus();
					await page.keyboard.press('Space');
				}
				await expect(radio).toBeChecked();
			}
			await press(page, page.getByRole('button', { name: 'Kiểm tra', exact: true }), input);
			break;
		case 'chat': {
			let node = activity.nodes[activity.start];
			for (let hops = 0; hops < 50 && !node.end; hops++) {
				if (node.replies.length) {
					const safe = node.replies.find((r) => r.safe)!;
					await press(page, page.locator('.replies button', { hasText: safe.text }).first(), input);
					node = activity.nodes[safe.next];
				} else node = activity.nodes[node.goto!];
			}
			await expect(page.getByText('Câu chuyện kết thúc an toàn')).toBeVisible();
			break;
		}
	}
}

export interface PlayOptions {
	input: Input;
	/** Run axe on each activity before and after answering. */
	checkA11y?: boolean;
}

export async function playLesson(page: Page, lesson: Lesson, opts: PlayOptions) {
	const violations: Record<string, unknown> = {};
	await page.goto(`${lesson.band}/${lesson.slug}/`);
	for (const [i, screen] of lesson.screens.entries()) {
		if (screen.kind === 'step') {
			await expect(page.getByRole('heading', { level: 1, name: screen.title })).toBeVisible();
			await press(page, page.getByRole('button', { name: 'Tiếp', exact: true }), opts.input);
			continue;
		}
		const a = screen.activity;
		if (opts.checkA11y) {
			const v = await axe(page);
			if (v.length) violations[`${lesson.path} #${i} ${a.type} (start)`] = v;
		}
		await answer(page, a, opts.input);
		const next = page.getByRole('button', { name: 'Tiếp tục' });
		await expect(next).toBeVisible();
		if (opts.checkA11y) {
			const v = await axe(page);
			if (v.length) violations[`${lesson.path} #${i} ${a.type} (answered)`] = v;
		}
		await press(page, next, opts.input);
	}
	await expect(page.getByRole('heading', { name: 'Em đã học xong bài này!' })).toBeVisible();
	return violations;
}
