import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import vi_ from '$lib/i18n/locales/vi/activities.json';
import en from '$lib/i18n/locales/en/activities.json';
import { announce, announcer } from '$lib/a11y/announcer.svelte';
import { speech } from '$lib/speech.svelte';
import LiveRegion from '$lib/components/common/LiveRegion.svelte';
import Activity from './Activity.svelte';
import ChoiceActivity from './ChoiceActivity.svelte';
import { chat, choice, redflag, settings, sort } from './fixtures';

describe('Activity', () => {
	it.each([
		{ activity: choice, label: 'Chọn câu trả lời' },
		{ activity: chat, label: 'Tập trả lời tin nhắn' },
		{ activity: redflag, label: 'Tìm dấu hiệu đáng lo' },
		{ activity: sort, label: 'Xếp thẻ vào hộp' },
		{ activity: settings, label: 'Tập cài đặt riêng tư' }
	])('renders “$label” in the shared frame', ({ activity, label }) => {
		render(Activity, { activity, band: '9-10', ondone: vi.fn(), messageDelay: 0 });
		expect(screen.getByRole('heading', { level: 2, name: label })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Bỏ qua' })).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Chuyện này đã xảy ra với em' })).toBeInTheDocument();
	});
});

describe('LiveRegion', () => {
	it('speaks what announce() is given, even the same text twice', async () => {
		render(LiveRegion);
		const region = screen.getByRole('status');
		expect(region).toHaveAttribute('aria-live', 'polite');
		announce('Đúng rồi!');
		await tick();
		expect(region).toHaveTextContent('Đúng rồi!');
		const first = announcer.message;
		announce('Đúng rồi!');
		await tick();
		expect(announcer.message).not.toBe(first);
		expect(region).toHaveTextContent('Đúng rồi!');
	});
});

describe('activities strings', () => {
	type Tree = { [k: string]: string | Tree };
	const keys = (tree: Tree, prefix = ''): string[] =>
		Object.entries(tree).flatMap(([k, v]) =>
			typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)
		);

	it('Vietnamese and English have the same keys, none empty', () => {
		expect(keys(en).sort()).toEqual(keys(vi_).sort());
		const value = (tree: Tree, key: string) =>
			key.split('.').reduce<string | Tree>((node, k) => (node as Tree)[k], tree);
		for (const tree of [vi_, en] as Tree[]) {
			for (const key of keys(tree)) expect(String(value(tree, key)).trim(), key).not.toBe('');
		}
	});
});

describe('ReadAloud in the frame', () => {
	class FakeUtterance {
		lang = '';
		voice: unknown = null;
		rate = 1;
		onend: (() => void) | null = null;
		onerror: (() => void) | null = null;
		constructor(public text: string) {}
	}
	const synth = {
		spoken: [] as FakeUtterance[],
		getVoices: () => [{ lang: 'vi-VN', name: 'Linh', localService: true }],
		speak(u: FakeUtterance) {
			this.spoken.push(u);
		},
		cancel: vi.fn(),
		addEventListener: vi.fn()
	};

	function withVoice() {
		Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
		vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
		speech.detect();
	}

	afterEach(() => {
		speech.stop();
		delete (window as { speechSynthesis?: unknown }).speechSynthesis;
		vi.unstubAllGlobals();
		speech.detect();
		synth.spoken = [];
	});

	it('is not in the frame when the device has no Vietnamese voice (the player says why)', () => {
		render(ChoiceActivity, { activity: choice, band: '6-8', ondone: vi.fn() });
		expect(screen.queryByRole('button', { name: /Đọc to/ })).toBeNull();
		expect(screen.queryByRole('link', { name: 'Cách thêm giọng đọc' })).toBeNull();
	});

	it('is big and first for the 6-8 band, reads the prompt, and can be stopped', async () => {
		withVoice();
		const user = userEvent.setup();
		render(ChoiceActivity, { activity: choice, band: '6-8', ondone: vi.fn() });
		await user.tab();
		const read = screen.getByRole('button', { name: 'Đọc to' });
		expect(read).toHaveFocus();
		expect(read).toHaveTextContent('Đọc to');
		await user.keyboard('{Enter}');
		await vi.waitFor(() => expect(synth.spoken.length).toBe(1));
		expect(synth.spoken[0].text).toBe(choice.prompt.text);
		expect(synth.spoken[0].lang).toBe('vi-VN');
		// The prompt, then every option, one after another; the one being read is highlighted.
		const first = screen.getByText(choice.options[0].label.text).closest('[data-read]');
		synth.spoken[0].onend?.();
		expect(first).toHaveClass('reading-now');
		for (let i = 1; i < choice.options.length; i++) synth.spoken[i].onend?.();
		expect(synth.spoken.map((u) => u.text)).toEqual([
			choice.prompt.text,
			...choice.options.map((o) => o.label.text)
		]);
		expect(first).not.toHaveClass('reading-now');
		const stop = screen.getByRole('button', { name: 'Dừng đọc' });
		await user.click(stop);
		expect(screen.getByRole('button', { name: 'Đọc to' })).toBeInTheDocument();
	});

	it('is a small icon button after the prompt for older bands', () => {
		withVoice();
		render(ChoiceActivity, { activity: choice, band: '15-17', ondone: vi.fn() });
		const read = screen.getByRole('button', { name: 'Đọc to' });
		expect(read).not.toHaveTextContent('Đọc to');
		expect(read.classList.contains('prominent')).toBe(false);
	});
});
