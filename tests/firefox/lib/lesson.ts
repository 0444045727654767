// How the Firefox suite plays a lesson: every step and every activity answered safely, by
// taps, clicks or the keyboard alone, the sort activity also by dragging cards. Everything the
// suite knows about the lesson player's buttons and feedback is in this one file, so a change
// of the player (its feedback, its "go on" button) is a change here only.
import type { Page } from 'puppeteer-core';
import type { Activity, Lesson } from '../../../src/lib/content/types';
import { activate, drag, find, press, waitForText, type Input } from './ui';

/** The player's words (vi), as the learner sees them. */
export const PLAYER = {
	next: 'Tiếp',
	continue: 'Tiếp tục',
	skip: 'Bỏ qua',
	check: 'Kiểm tra',
	chatSafeEnd: 'Câu chuyện kết thúc an toàn',
	summary: 'Em đã học xong bài này!',
	step: (n: number) => `Bước ${n} /`,
	resumed: (n: number) => `Mình tiếp tục từ bước ${n}`
};

export interface PlayOptions {
	input: Input;
	/** Sort cards by dragging them onto their bin (with the mouse) instead of two presses. */
	dragSort?: boolean;
}

/** Answers one activity safely; leaves it at its "go on" state. */
export async function answer(page: Page, activity: Activity, { input, dragSort }: PlayOptions) {
	switch (activity.type) {
		case 'choice':
			for (const option of activity.options.filter((o) => o.correct))
				await activate(page, 'button', option.label.text, input);
			break;
		case 'redflag':
			for (const item of activity.items.filter((i) => i.flag))
				await activate(page, 'button', item.text, input, 'part');
			await activate(page, 'button', PLAYER.check, input);
			break;
		case 'sort':
			for (const card of activity.cards) {
				const cardButton = await find(page, 'button', card.text);
				const bin = await find(page, 'button', card.bin, 'start');
				if (dragSort) await drag(page, cardButton, bin);
				else {
					await press(page, cardButton, input);
					await press(page, await find(page, 'button', card.bin, 'start'), input);
				}
				// Placed: the card leaves the pile (a wrong bin would send it back).
				await page.waitForFunction(
					(id) => !document.querySelector(`.pile [data-card="${CSS.escape(id)}"]`),
					{ timeout: 5000, polling: 50 },
					card.id
				);
			}
			break;
		case 'settings':
			for (const setting of activity.settings) {
				const safe = setting.options.find((o) => o.safe)!;
				const group = await find(page, 'group', setting.label);
				const radio = await find(group, 'radio', safe.label);
				await press(page, radio, input, 'Space');
				await page.waitForFunction((el) => (el as HTMLInputElement).checked, {}, radio);
			}
			await activate(page, 'button', PLAYER.check, input);
			break;
		case 'chat': {
			let node = activity.nodes[activity.start];
			for (let hops = 0; hops < 50 && !node.end; hops++) {
				if (node.replies.length) {
					const safe = node.replies.find((r) => r.safe)!;
					await activate(page, 'button', safe.text, input);
					node = activity.nodes[safe.next];
				} else node = activity.nodes[node.goto!];
			}
			await waitForText(page, PLAYER.chatSafeEnd);
			break;
		}
	}
}

/** Opens the lesson and plays it to its summary. */
export async function playLesson(page: Page, home: string, lesson: Lesson, options: PlayOptions) {
	await page.goto(`${home}${lesson.band}/${lesson.slug}/`);
	for (const [i, screen] of lesson.screens.entries()) {
		await waitForText(page, PLAYER.step(i + 1));
		if (screen.kind === 'step') {
			await find(page, 'heading', screen.title);
			await activate(page, 'button', PLAYER.next, options.input);
			continue;
		}
		await answer(page, screen.activity, options);
		await activate(page, 'button', PLAYER.continue, options.input, 'start');
	}
	await find(page, 'heading', PLAYER.summary);
}

/** Goes `steps` screens into the lesson with "Tiếp" (its first screens are reading steps). */
export async function readSteps(page: Page, home: string, lesson: Lesson, steps: number) {
	await page.goto(`${home}${lesson.band}/${lesson.slug}/`);
	for (let i = 0; i < steps; i++) {
		await waitForText(page, PLAYER.step(i + 1));
		await activate(page, 'button', PLAYER.next);
	}
	await waitForText(page, PLAYER.step(steps + 1));
}
