// The lesson plan shows one "Mục tiêu" section. Every facilitator block opens with its own
// "### Mục tiêu" (the session's aims); the plan already has the lesson's objectives under
// that name, so the session's aims are taken out of the block and shown there too.

/** The heading the facilitator blocks use for their aims (content/README.md). */
export const AIMS_HEADING = 'Mục tiêu';

export interface SplitPlan {
	/** The HTML under the facilitator block's "Mục tiêu" heading, without the heading. */
	aims: string | null;
	/** The rest of the facilitator block. */
	rest: string;
}

const AIMS = new RegExp(
	`<h3(?:\\s[^>]*)?>\\s*${AIMS_HEADING}\\s*</h3>\\s*([\\s\\S]*?)(?=<h[1-3][\\s>]|$)`
);

export function splitAims(html: string): SplitPlan {
	const m = AIMS.exec(html);
	if (!m) return { aims: null, rest: html };
	const aims = m[1].trim();
	return {
		aims: aims || null,
		rest: (html.slice(0, m.index) + html.slice(m.index + m[0].length)).trim()
	};
}
