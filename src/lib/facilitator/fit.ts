// Every group-mode slide fits the projector: if a slide is taller (or wider) than its
// stage, its type and spacing shrink until it fits, down to a floor, instead of scrolling
// or hiding behind the controls. Presentation tools do the same ("shrink text on
// overflow"). Layout is measured synchronously, so a slide is right before it is painted.

/** Below this the type of a 1280x720 projector gets too small to read from the back. */
export const MIN_FIT = 0.5;

/**
 * The largest scale in [min, max] for which `fits` holds, by bisection (fits is assumed
 * to hold for smaller scales when it holds for a larger one). `min` when nothing fits.
 */
export function largestFit(
	fits: (scale: number) => boolean,
	min = MIN_FIT,
	max = 1,
	steps = 6
): number {
	if (fits(max)) return max;
	let lo = min;
	let hi = max;
	for (let i = 0; i < steps; i++) {
		const mid = (lo + hi) / 2;
		if (fits(mid)) lo = mid;
		else hi = mid;
	}
	return lo;
}

/** Sets `--fit` on `box` so that its content fits inside it; returns the scale. */
export function fitBox(box: HTMLElement, min = MIN_FIT): number {
	const fits = (scale: number) => {
		box.style.setProperty('--fit', String(scale));
		return box.scrollHeight <= box.clientHeight && box.scrollWidth <= box.clientWidth;
	};
	const scale = largestFit(fits, min);
	fits(scale);
	box.dataset.fit = scale.toFixed(2);
	return scale;
}

/**
 * An attachment for the slide's stage: fits now, and again whenever the slide's content
 * changes (next slide, answers revealed, a hand counted), the stage is resized (window,
 * full screen) or the web font arrives.
 */
export function fitSlide(box: HTMLElement): () => void {
	let queued = false;
	const refit = () => {
		queued = false;
		fitBox(box);
	};
	// Mutations of our own --fit (an attribute of box) are not observed: no loop.
	const mutations = new MutationObserver(() => {
		if (!queued) {
			queued = true;
			queueMicrotask(refit);
		}
	});
	mutations.observe(box, { childList: true, subtree: true, characterData: true });
	const resize = new ResizeObserver(() => fitBox(box));
	resize.observe(box);
	const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
	fonts?.addEventListener?.('loadingdone', refit);
	fitBox(box);
	return () => {
		mutations.disconnect();
		resize.disconnect();
		fonts?.removeEventListener?.('loadingdone', refit);
	};
}
