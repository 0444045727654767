// What the root layout puts around a page, decided from the route alone (so the
// prerendered HTML already has it right, with no flash on load).

export interface Chrome {
	/** The app's header and footer. Off in group mode: the projector shows only the slide. */
	header: boolean;
	/** The page fills the window edge to edge (no column, no padding). */
	fullBleed: boolean;
	/** A "Thoát nhanh" button that stays in view: the pages a child in trouble may be on. */
	quickExit: boolean;
}

/** Route ids (SvelteKit's `page.route.id`) of the pages with a quick-exit button. */
export const QUICK_EXIT_ROUTES = [
	'/tro-giup',
	'/[band=band]/[slug]',
	'/phu-huynh/[slug]',
	'/thay-co/[slug]'
] as const;

const GROUP_MODE = '/thay-co/nhom/';

export function chromeFor(routeId: string | null): Chrome {
	const group = routeId?.startsWith(GROUP_MODE) ?? false;
	return {
		header: !group,
		fullBleed: group,
		quickExit: (QUICK_EXIT_ROUTES as readonly string[]).includes(routeId ?? '')
	};
}
