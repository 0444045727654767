import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '$lib/progress/memory';
import { progress } from '$lib/progress/progress.svelte';
import { startAppProgress } from '$lib/progress/test-state';
import { persistence, type Persistence } from '$lib/pwa/persistence.svelte';
import StorageNotice from './StorageNotice.svelte';

async function notice(state: Persistence) {
	await startAppProgress(createMemoryStore());
	// As on a device with IndexedDB (the memory store stands in for it here).
	progress.storage = 'indexeddb';
	persistence.state = state;
	render(StorageNotice, { showPersisted: true });
	return persistence;
}

describe('StorageNotice on the settings page', () => {
	it('says the browser has not answered yet while its question is open (Firefox)', async () => {
		await notice('pending');
		expect(screen.getByTestId('persistence')).toHaveTextContent(
			'Đang chờ trình duyệt trả lời có giữ tiến độ lâu dài trên máy này không.'
		);
		expect(screen.getByTestId('persistence')).toHaveTextContent('tiến độ của em vẫn được lưu');
	});

	it('follows the answer when it comes', async () => {
		const persistence = await notice('pending');
		persistence.state = 'granted';
		await expect
			.poll(() => screen.getByTestId('persistence').textContent)
			.toContain('Trình duyệt đã đồng ý giữ tiến độ lâu dài');
	});

	it('asks for backups when the browser may delete data or cannot tell', async () => {
		await notice('denied');
		expect(screen.getByTestId('persistence')).toHaveTextContent('Hãy sao lưu thường xuyên.');
	});

	it('says nothing before the question is asked', async () => {
		await notice('unknown');
		expect(screen.queryByTestId('persistence')).toBeNull();
	});
});
