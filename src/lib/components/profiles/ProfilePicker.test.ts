import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n, t } from '$lib/i18n/i18n.svelte';
import { createMemoryStore } from '$lib/progress/memory';
import { createProfile } from '$lib/progress/profile-edit';
import { setCurrentProfile } from '$lib/progress/profiles';
import { dexieTestStore } from '$lib/progress/test-helpers';
import { startAppProgress } from '$lib/progress/test-state';
import type { Store } from '$lib/progress/store';
import ProfilePicker from './ProfilePicker.svelte';

afterEach(async () => {
	await i18n.set('vi');
});

async function setup(store: Store = createMemoryStore()) {
	const an = await createProfile(store, { nickname: 'An', avatar: 'dog', band: '6-8' });
	const binh = await createProfile(store, {
		nickname: 'Bình',
		avatar: 'owl',
		band: '9-10',
		pictureCode: ['sun', 'boat', 'heart']
	});
	await setCurrentProfile(store, an.id);
	const progress = await startAppProgress(store);
	const onChosen = vi.fn();
	render(ProfilePicker, { onChosen });
	return { progress, onChosen, an, binh, user: userEvent.setup(), store };
}

describe('ProfilePicker', () => {
	it('shows who is learning: avatars, nicknames, the current one marked', async () => {
		await setup(await dexieTestStore());
		expect(screen.getByRole('heading', { name: 'Ai đang học?' })).toBeInTheDocument();
		const an = screen.getByRole('button', { name: /An/ });
		expect(an).toHaveAttribute('aria-current', 'true');
		expect(an).toHaveTextContent(t('progress:picker.current'));
		const binh = screen.getByRole('button', { name: /Bình/ });
		expect(binh).not.toHaveAttribute('aria-current');
		expect(binh).toHaveTextContent(t('progress:picker.locked'));
		expect(screen.getByRole('button', { name: 'Thêm bạn học' })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Học thử không cần tên' })).toBeInTheDocument();
	});

	it('switches with one tap to a learner without a code', async () => {
		const { progress, onChosen, an, user } = await setup();
		await progress.switchTo(null);
		await user.click(screen.getByRole('button', { name: /An/ }));
		expect(progress.currentProfileId).toBe(an.id);
		expect(onChosen).toHaveBeenCalledWith(an.id);
	});

	it('asks for the 3-picture code, refuses a wrong one, accepts the right one', async () => {
		const { progress, onChosen, binh, an, user } = await setup();
		await user.click(screen.getByRole('button', { name: /Bình/ }));
		expect(screen.getByText('Bình ơi, hãy chọn 3 hình bí mật của em.')).toBeInTheDocument();
		for (const name of ['Mặt trời', 'Trái tim', 'Con thuyền'])
			await user.click(screen.getByRole('button', { name }));
		expect(await screen.findByText('Chưa đúng rồi. Thử lại nhé!')).toBeInTheDocument();
		expect(progress.currentProfileId).toBe(an.id);
		for (const name of ['Mặt trời', 'Con thuyền', 'Trái tim'])
			await user.click(screen.getByRole('button', { name }));
		await vi.waitFor(() => expect(progress.currentProfileId).toBe(binh.id));
		expect(onChosen).toHaveBeenCalledWith(binh.id);
	});

	it('adds a learner, who then becomes the one learning', async () => {
		const { progress, onChosen, user } = await setup();
		await user.click(screen.getByRole('button', { name: 'Thêm bạn học' }));
		const form = screen.getByRole('heading', { name: 'Thêm bạn học' }).closest('form')!;
		await user.click(within(form).getByRole('button', { name: 'Lưu' }));
		expect(within(form).getByRole('alert')).toHaveTextContent('Hãy nhập tên gọi.');
		expect(progress.profiles).toHaveLength(2);

		await user.type(within(form).getByLabelText('Tên gọi'), '  Cúc  ');
		await user.click(within(form).getByRole('radio', { name: 'Thỏ' }));
		await user.click(within(form).getByRole('radio', { name: /9-10/ }));
		await user.click(within(form).getByRole('button', { name: 'Lưu' }));

		await vi.waitFor(() => expect(progress.currentProfile?.nickname).toBe('Cúc'));
		expect(progress.currentProfile).toMatchObject({ avatar: 'rabbit', band: '9-10' });
		expect(onChosen).toHaveBeenCalledWith(progress.currentProfile!.id);
		expect(await screen.findByRole('button', { name: /Cúc/ })).toHaveAttribute(
			'aria-current',
			'true'
		);
	});

	it('lets a child try without a name (guest)', async () => {
		const { progress, onChosen, user } = await setup();
		await user.click(screen.getByRole('button', { name: 'Học thử không cần tên' }));
		expect(progress.isGuest).toBe(true);
		expect(onChosen).toHaveBeenCalledWith(null);
	});

	it('shows a nickname as text, never as HTML', async () => {
		const store = createMemoryStore();
		await createProfile(store, { nickname: '<img src=x>', avatar: 'cat', band: '6-8' });
		await setup(store);
		expect(screen.getByRole('button', { name: /<img src=x>/ })).toBeInTheDocument();
		expect(document.querySelector('img')).toBeNull();
	});

	it('speaks English too', async () => {
		await i18n.set('en');
		await setup();
		expect(screen.getByRole('heading', { name: 'Who is learning?' })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Try without a name' })).toBeInTheDocument();
	});
});
