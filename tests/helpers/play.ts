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
			// One card at a time, in the lesson's order: put it in its bin, then go on.
			for (const [i, card] of activity.cards.entries()) {
				await expect(page.locator(`[data-card="${card.id}"]`)).toBeVisible();
				await press(page, page.locator(`[data-bin="${card.bin}"] button`), input);
				if (i < activity.cards.length - 1)
					await press(page, page.getByRole('button', { name: 'Thẻ tiếp theo' }), input);
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
					// A reply with a note waits in the answer sheet until "Đọc tiếp".
					if (safe.feedback)
						await press(page, page.getByRole('button', { name: 'Đọc tiếp' }), input);
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
	await expect(page.getByRole('heading', { name: voice(lesson.band).finished })).toBeVisible();
	return violations;
}

/** The player says "em" to 6-10 and "bạn" to 11-17: the words a test looks for. */
export function voice(band: string) {
	const teen = band === '11-14' || band === '15-17';
	const you = teen ? 'bạn' : 'em';
	return {
		finished: teen ? 'Bạn đã học xong bài này!' : 'Em đã học xong bài này!',
		notYourFault: `Đó không bao giờ là lỗi của ${you}.`,
		tellAdult: `Hãy kể với một người lớn ${you} tin cậy.`,
		happened: teen ? 'Chuyện này đã xảy ra với mình' : 'Chuyện này đã xảy ra với em'
	};
}
