import { describe, expect, it, vi } from 'vitest';
import { afterPaint } from './after-paint';

describe('afterPaint', () => {
	it('runs the work after the next frame, never during the tap itself', async () => {
		const order: string[] = [];
		const raf = vi.spyOn(globalThis, 'requestAnimationFrame');
		afterPaint(() => order.push('work'));
		order.push('tap handled');
		expect(order).toEqual(['tap handled']);
		expect(raf).toHaveBeenCalledOnce();
		await vi.waitFor(() => expect(order).toEqual(['tap handled', 'work']));
		raf.mockRestore();
	});
});
