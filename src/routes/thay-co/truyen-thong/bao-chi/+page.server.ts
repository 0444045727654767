import { FACTS_SECONDARY, LAWS } from '$lib/facts';

// The press page's laws come with its data, not its code: facts.ts is part of the children's
// shell, and a client import of LAWS would put every law (penal code titles included) there.
export function load() {
	return {
		laws: {
			decision830: LAWS.decision830,
			decree56: LAWS.decree56.number,
			childrenLaw: {
				title: LAWS.childrenLaw.title,
				number: LAWS.childrenLaw.number,
				childUnderAge: LAWS.childrenLaw.childUnderAge
			},
			reportingDuty: {
				decree: FACTS_SECONDARY.reportingDuty.decree,
				article: FACTS_SECONDARY.reportingDuty.article
			}
		}
	};
}
