// How the browser suites play a lesson: every step and every activity answered safely, by
// taps, clicks or the keyboard alone, the sort activity also by dragging cards. Everything the
// suites know about the lesson player's buttons and feedback is in this one file (for Firefox
// and WebKit alike, through driver.ts), so a change of the player (its feedback, its "go on"
// button) is a change here only.
import type { Activity, Lesson } from '../../../src/lib/content/types';
import type { Driver, Input } from './driver';
import type { Match, Role } from './roles';

/** The player's words (vi), as the learner sees them. */
export const PLAYER = {
	next: 'Tiếp',
	continue: 'Tiếp tục',
	skip: 'Bỏ qua',
	check: 'Kiểm tra',
	nextCard: 'Thẻ tiếp theo',
	readOn: 'Đọc tiếp',
	chatSafeEnd: 'Câu chuyện kết thúc an toàn',
	/** The player says "em" to 6-10 and "bạn" to 11-17. */
	summary: (band: string) => (teen(band) ? 'Bạn' : 'Em') + ' đã học xong bài này!',
	afterSummary: (band: string) => `Hãy kể với một người lớn ${teen(band) ? 'bạn' : 'em'} tin cậy.`,
	cardOf: (n: number, total: number) => `Thẻ ${n}/${total}`,
	step: (n: number) => `Bước ${n} /`,
	resumed: (n: number) => `Mình tiếp tục từ bước ${n}`
};

function teen(band: string) {
	return band === '11-14' || band === '15-17';
}

export interface PlayOptions {
	input: Input;
	/** Sort cards by dragging them onto their bin (with the mouse) instead of two presses. */
	dragSort?: boolean;
}

async function activate<H>(
	driver: Driver<H>,
	role: Role,
	name: string,
	input: Input,
	match: Match = 'exact'
) {
	const target = await driver.find(role, name, { match });
	await driver.press(target, input, role === 'radio' ? 'Space' : 'Enter');
}

/** Answers one activity safely; leaves it at its "go on" state. */
export async function answer<H>(driver: Driver<H>, activity: Activity, options: PlayOptions) {
	const { input, dragSort } = options;
	switch (activity.type) {
		case 'choice':
			// An option's name may begin with its picture's alt text (6-8): match the words.
			for (const option of activity.options.filter((o) => o.correct))
				await activate(driver, 'button', option.label.text, input, 'part');
			break;
		case 'redflag':
			for (const item of activity.items.filter((i) => i.flag))
				await activate(driver, 'button', item.text, input, 'part');
			await activate(driver, 'button', PLAYER.check, input);
			break;
		case 'sort':
			// One card at a time above the bins: put it in its bin (a tap, a key, or dragging the
			// card), then "Thẻ tiếp theo"; after the last card the way on is "Tiếp tục".
			for (const [i, card] of activity.cards.entries()) {
				await driver.waitForText(card.text);
				// A bin's name may begin with its picture's alt text (6-8): match its own name.
				const bin = await driver.find('button', card.bin, { match: 'part' });
				if (dragSort)
					await driver.drag(
						await driver.find('group', PLAYER.cardOf(i + 1, activity.cards.length)),
						bin
					);
				else await driver.press(bin, input);
				if (i < activity.cards.length - 1) await activate(driver, 'button', PLAYER.nextCard, input);
			}
			break;
		case 'settings':
			for (const setting of activity.settings) {
				const safe = setting.options.find((o) => o.safe)!;
				const group = await driver.find('group', setting.label);
				const radio = await driver.find('radio', safe.label, { within: group });
				await driver.press(radio, input, 'Space');
				await driver.waitFor((el) => (el as unknown as HTMLInputElement).checked, radio);
			}
			await activate(driver, 'button', PLAYER.check, input);
			break;
		case 'chat': {
			let node = activity.nodes[activity.start];
			for (let hops = 0; hops < 50 && !node.end; hops++) {
				if (node.replies.length) {
					const safe = node.replies.find((r) => r.safe)!;
					await activate(driver, 'button', safe.text, input);
					// A reply with a note waits in the answer sheet until "Đọc tiếp".
					if (safe.feedback) await activate(driver, 'button', PLAYER.readOn, input);
					node = activity.nodes[safe.next];
				} else node = activity.nodes[node.goto!];
			}
			await driver.waitForText(PLAYER.chatSafeEnd);
			break;
		}
	}
}

/** Opens the lesson and plays it to its summary. */
export async function playLesson<H>(
	driver: Driver<H>,
	home: string,
	lesson: Lesson,
	options: PlayOptions
) {
	await driver.goto(`${home}${lesson.band}/${lesson.slug}/`);
	for (const [i, screen] of lesson.screens.entries()) {
		await driver.waitForText(PLAYER.step(i + 1));
		if (screen.kind === 'step') {
			await driver.find('heading', screen.title);
			await activate(driver, 'button', PLAYER.next, options.input);
			continue;
		}
		await answer(driver, screen.activity, options);
		await activate(driver, 'button', PLAYER.continue, options.input, 'start');
	}
	await driver.find('heading', PLAYER.summary(lesson.band));
	await driver.waitForText(PLAYER.afterSummary(lesson.band));
}

/** Goes `steps` screens into the lesson with "Tiếp" (its first screens are reading steps). */
export async function readSteps<H>(driver: Driver<H>, home: string, lesson: Lesson, steps: number) {
	await driver.goto(`${home}${lesson.band}/${lesson.slug}/`);
	for (let i = 0; i < steps; i++) {
		await driver.waitForText(PLAYER.step(i + 1));
		await activate(driver, 'button', PLAYER.next, 'click');
	}
	await driver.waitForText(PLAYER.step(steps + 1));
}
