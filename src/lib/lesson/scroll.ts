// Brings what the child must read next into view: smoothly, unless they asked the device for
// less motion. Targets set scroll-margin-top: var(--sticky-top) so they land below the sticky
// header and the quick-exit row.
export function reducedMotion(): boolean {
	return (
		typeof window !== 'undefined' &&
		!!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
	);
}

export function bringIntoView(
	el: Element | null | undefined,
	block: ScrollLogicalPosition = 'start'
) {
	el?.scrollIntoView?.({ block, behavior: reducedMotion() ? 'auto' : 'smooth' });
}
