// Pointer-based dragging: one code path for mouse, pen and touch (HTML5 drag and drop does
// not fire on touch screens). Tapping and the keyboard stay the main way; this is a bonus.
import type { Attachment } from 'svelte/attachments';

export interface DragOptions {
	/** Called with the bin under the pointer while dragging (null: none). */
	onover: (bin: string | null) => void;
	/** Called on release after a real drag, with the bin under the pointer (null: none). */
	ondrop: (bin: string | null) => void;
}

/** Moves shorter than this are taps, not drags. */
const THRESHOLD = 8;

function binAt(x: number, y: number): string | null {
	const hits =
		typeof document.elementsFromPoint === 'function'
			? document.elementsFromPoint(x, y)
			: [document.elementFromPoint?.(x, y)].filter((e): e is Element => !!e);
	for (const hit of hits) {
		const bin = hit.closest<HTMLElement>('[data-bin]');
		if (bin?.dataset.bin) return bin.dataset.bin;
	}
	return null;
}

export function pointerDrag(options: () => DragOptions): Attachment<HTMLElement> {
	return (el) => {
		let start: { x: number; y: number; id: number } | null = null;
		let dragging = false;

		const reset = () => {
			start = null;
			dragging = false;
			el.style.translate = '';
			el.classList.remove('dragging');
		};
		const down = (e: PointerEvent) => {
			if (e.pointerType === 'mouse' && e.button !== 0) return;
			start = { x: e.clientX, y: e.clientY, id: e.pointerId };
		};
		const move = (e: PointerEvent) => {
			if (!start || e.pointerId !== start.id) return;
			const dx = e.clientX - start.x;
			const dy = e.clientY - start.y;
			if (!dragging) {
				if (Math.hypot(dx, dy) < THRESHOLD) return;
				dragging = true;
				el.classList.add('dragging');
				try {
					el.setPointerCapture(e.pointerId);
				} catch {
					// Synthetic events (tests) have no active pointer to capture.
				}
			}
			el.style.translate = `${dx}px ${dy}px`;
			options().onover(binAt(e.clientX, e.clientY));
		};
		const up = (e: PointerEvent) => {
			if (!start || e.pointerId !== start.id) return;
			const dropped = dragging;
			reset();
			if (dropped) options().ondrop(binAt(e.clientX, e.clientY));
		};
		const cancel = () => {
			if (!start) return;
			reset();
			options().onover(null);
		};

		el.addEventListener('pointerdown', down);
		el.addEventListener('pointermove', move);
		el.addEventListener('pointerup', up);
		el.addEventListener('pointercancel', cancel);
		return () => {
			el.removeEventListener('pointerdown', down);
			el.removeEventListener('pointermove', move);
			el.removeEventListener('pointerup', up);
			el.removeEventListener('pointercancel', cancel);
		};
	};
}
