// One polite live region for the whole app (mounted once by the layout through
// LiveRegion.svelte). Components call announce() instead of keeping their own regions,
// so screen readers never hear two regions talking over each other.
export type Politeness = 'polite' | 'assertive';

class Announcer {
	message = $state('');
	politeness = $state<Politeness>('polite');

	announce = (text: string, politeness: Politeness = 'polite') => {
		const clean = text.replace(/\s+/g, ' ').trim();
		if (!clean) return;
		this.politeness = politeness;
		// Screen readers stay silent when a live region's text does not change, so the same
		// feedback twice in a row (a child retrying the same option) gets a no-break space
		// toggled on the end to count as new text.
		this.message = this.message === clean ? clean + '\u00a0' : clean;
	};

	clear = () => {
		this.message = '';
	};
}

export const announcer = new Announcer();
export const announce = announcer.announce;
