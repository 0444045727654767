import { describe, expect, it, vi } from 'vitest';
import { AdultGate, ungated } from './gate.svelte';

describe('AdultGate', () => {
	it('holds the action until an adult passes, then runs it once', () => {
		const gate = new AdultGate();
		const wipe = vi.fn();
		gate.guard(wipe, 'Xóa toàn bộ');
		expect(gate.asking).toBe(true);
		expect(gate.request?.purpose).toBe('Xóa toàn bộ');
		expect(wipe).not.toHaveBeenCalled();
		gate.pass();
		expect(wipe).toHaveBeenCalledTimes(1);
		expect(gate.asking).toBe(false);
		gate.pass();
		expect(wipe).toHaveBeenCalledTimes(1);
	});

	it('drops the action when cancelled', () => {
		const gate = new AdultGate();
		const wipe = vi.fn();
		gate.guard(wipe);
		gate.cancel();
		gate.pass();
		expect(wipe).not.toHaveBeenCalled();
	});

	it('asks every time unless it keeps the pass', () => {
		const each = new AdultGate();
		each.guard(() => {});
		each.pass();
		expect(each.passed).toBe(false);
		each.guard(() => {});
		expect(each.asking).toBe(true);

		const kept = new AdultGate({ keep: true });
		const open = vi.fn();
		kept.guard(open);
		kept.pass();
		expect(kept.passed).toBe(true);
		kept.guard(open);
		expect(kept.asking).toBe(false);
		expect(open).toHaveBeenCalledTimes(2);
	});

	it('has an ungated guard that runs at once', () => {
		const act = vi.fn();
		ungated(act, 'x');
		expect(act).toHaveBeenCalledOnce();
	});
});
