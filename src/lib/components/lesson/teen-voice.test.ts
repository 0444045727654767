// A 15-17 learner is never called "em" by the player: each activity in its states (asked,
// wrong, right, checked, finished) and the summary, rendered for 15-17, with everything they
// can read or hear (text, labels, announcements) scanned for the word. The lessons' own text
// is turned to "bạn" first, so only the player's words are tested.
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announcer } from '$lib/a11y/announcer.svelte';
import type { Activity, LearnerLesson } from '$lib/content/types';
import { addressesAsEm } from '$lib/lesson/voice';
import ActivityView from '$lib/components/activities/Activity.svelte';
import LessonSummary from './LessonSummary.svelte';
import ResumeNotice from './ResumeNotice.svelte';
import * as fixtures from '$lib/components/activities/fixtures';

/** The fixture with its "em" turned to "bạn": what is left to find is the player's. */
function asTeen<T>(value: T): T {
	if (typeof value === 'string')
		return value.replace(/(?<![\p{L}\p{M}])(E|e)m(?![\p{L}\p{M}])/gu, (_, e: string) =>
			e === 'E' ? 'Bạn' : 'bạn'
		) as T;
	if (Array.isArray(value)) return value.map(asTeen) as T;
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asTeen(v)])) as T;
	return value;
}

const heard: string[] = [];

/** Everything on screen, every label and description, and what was announced. */
function said(): string {
	const labels = [...document.querySelectorAll('[aria-label]')].map((e) =>
		e.getAttribute('aria-label')
	);
	return [document.body.textContent, ...labels, ...heard, announcer.message].join('\n');
}

function expectNoEm(where: string) {
	expect(addressesAsEm(said()), where).toEqual([]);
}

async function play(
	activity: Activity,
	steps: (user: ReturnType<typeof userEvent.setup>) => Promise<void>
) {
	const user = userEvent.setup();
	render(ActivityView, {
		activity: asTeen(activity),
		band: '15-17',
		ondone: vi.fn(),
		messageDelay: 0
	});
	expectNoEm(`${activity.type}: asked`);
	await steps(user);
}

const sheet = () => within(document.querySelector<HTMLElement>('.sheet')!);
const button = (name: string | RegExp) => screen.getByRole('button', { name });

afterEach(() => {
	heard.length = 0;
	announcer.clear();
});

describe('the player speaks to 15-17 as "bạn", never "em"', () => {
	it('choice: wrong, retry, right; several answers', async () => {
		await play(fixtures.choice, async (user) => {
			await user.click(button(/Gửi ảnh, vì người đó khen/));
			heard.push(announcer.message);
			expectNoEm('choice: wrong');
			await user.click(sheet().getByRole('button', { name: 'Thử lại' }));
			await user.click(button(/Không gửi, và kể ngay/));
			heard.push(announcer.message);
			expectNoEm('choice: finished');
		});
	});

	it('choice with several right answers', async () => {
		await play(fixtures.choiceMultiple, async (user) => {
			await user.click(button(/^Mẹ/));
			heard.push(announcer.message);
			expectNoEm('choice multiple: one found');
		});
	});

	it('chat: an unsafe ending with its review, a replay, a safe ending', async () => {
		await play(fixtures.chat, async (user) => {
			await user.click(await screen.findByRole('button', { name: /Tiểu học Kim Đồng/ }));
			heard.push(announcer.message);
			expectNoEm('chat: unsafe ending');
			await user.click(button('Chơi lại'));
			await user.click(button(/không nói chuyện/));
			heard.push(announcer.message);
			expectNoEm('chat: note');
			await user.click(sheet().getByRole('button', { name: 'Đọc tiếp' }));
			heard.push(announcer.message);
			expectNoEm('chat: safe ending');
		});
	});

	it('red flags: marked, checked with misses, tried again; a profile', async () => {
		await play(fixtures.redflag, async (user) => {
			await user.click(button(/bạn cùng nhóm vẽ/));
			expectNoEm('redflag: marked');
			await user.click(button('Kiểm tra'));
			heard.push(announcer.message);
			expectNoEm('redflag: checked');
			await user.click(button('Thử lại'));
			heard.push(announcer.message);
			expectNoEm('redflag: again');
		});
	});

	it('red flags on a profile', async () => {
		await play(fixtures.redflagProfile, async (user) => {
			await user.click(button('Kiểm tra'));
			heard.push(announcer.message);
			expectNoEm('redflag profile: checked');
		});
	});

	it('sort: wrong, retry, right, all sorted', async () => {
		await play(fixtures.sort, async (user) => {
			await user.click(button(/^Không chia sẻ/));
			heard.push(announcer.message);
			expectNoEm('sort: wrong');
			await user.click(sheet().getByRole('button', { name: 'Thử lại' }));
			for (const bin of [/^Chia sẻ được/, /^Không chia sẻ/, /^Hỏi người lớn/]) {
				await user.click(button(bin));
				heard.push(announcer.message);
				const next = sheet().queryByRole('button', { name: 'Thẻ tiếp theo' });
				if (next) await user.click(next);
			}
			expectNoEm('sort: all sorted');
		});
	});

	it('settings: something missing, then unsafe choices checked', async () => {
		await play(fixtures.settings, async (user) => {
			await user.click(button('Kiểm tra'));
			heard.push(announcer.message);
			expectNoEm('settings: missing');
			await user.click(screen.getAllByRole('radio', { name: 'Công khai' })[0]);
			await user.click(screen.getByRole('radio', { name: 'Mọi người' }));
			await user.click(button('Kiểm tra'));
			heard.push(announcer.message);
			expectNoEm('settings: checked');
		});
	});

	it('the summary (2 and 3 stars, a new badge) and the resume notice', () => {
		const lesson = asTeen({
			id: 'b1517-thu',
			band: '15-17',
			slug: '01-thu',
			path: 'content/15-17/01-thu.md',
			title: 'Bài thử',
			summary: 'Thử.',
			keyMessages: ['Bạn có quyền nói không.'],
			screens: []
		}) as unknown as LearnerLesson;
		for (const stars of [2, 3] as const) {
			const { unmount } = render(LessonSummary, {
				lesson,
				stars,
				newBadges: ['first-lesson'],
				onrestart: vi.fn()
			});
			expect(screen.getByRole('heading', { name: 'Bạn đã học xong bài này!' })).toBeInTheDocument();
			expectNoEm(`summary: ${stars} stars`);
			unmount();
		}
		render(ResumeNotice, { band: '15-17', step: 3, onrestart: vi.fn(), ondismiss: vi.fn() });
		expect(screen.getByText(/Bạn đang học dở bài này/)).toBeInTheDocument();
		expectNoEm('resume notice');
	});

	it('the scan can fail: the same screens for 6-8 say "em"', () => {
		render(ActivityView, { activity: fixtures.choice, band: '6-8', ondone: vi.fn() });
		expect(addressesAsEm(said()).length).toBeGreaterThan(0);
	});
});
