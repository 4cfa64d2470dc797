/**
 * What the planner links to: the article that explains each part of it, and the public
 * worksheets its plan follows. Article slugs are checked when the site builds (ArticleLink
 * stops the build on a slug with no published article).
 */
import type { PersonGroup, PlanText } from './circle';

/** The article about each kind of support in My people. */
export const GROUP_ARTICLES: Record<PersonGroup, string> = {
	sponsor: 'sponsors-and-spiritual-guides',
	treatment: 'unexpected-connections-in-treatment',
	family: 'rebuilding-trust-with-family',
	recoveryFriends: 'staying-connected-after-treatment',
	group: 'your-first-12-step-meeting',
	newFriends: 'making-friends-outside-recovery-spaces',
	other: 'emotional-and-practical-support',
};

export const MEETINGS_ARTICLE = 'other-paths-to-community';

/** Read beside the plan as a whole: what to do after a hard moment ended in a return to use. */
export const PLAN_AFTER_USE_ARTICLE = 'after-a-return-to-use';

/** The articles beside each step of the plan. */
export const PLAN_ARTICLES: Record<PlanText | 'askForHelp', readonly string[]> = {
	warningSigns: ['depression-anxiety-and-recovery'],
	onMyOwn: ['feeling-alone-in-early-recovery'],
	distractions: ['making-friends-outside-recovery-spaces'],
	askForHelp: ['emotional-and-practical-support'],
	saferSpace: ['overdose-signs-and-what-to-do', 'safety-at-home'],
};

export type CircleSourceId = 'stanleyBrown' | 'ownWords' | 'relapsePrevention' | 'relapseWorksheet';

/** Public descriptions of the safety plan and relapse prevention plans the planner follows. */
export const CIRCLE_SOURCES: readonly { id: CircleSourceId; title: string; url: string }[] = [
	{
		id: 'stanleyBrown',
		title:
			'Safety Plan Treatment Manual to Reduce Suicide Risk: Veteran Version, by Barbara Stanley and Gregory K. Brown (Suicide Prevention Resource Center)',
		url: 'https://sprc.org/online-library/safety-plan-treatment-manual-to-reduce-suicide-risk-veteran-version/',
	},
	{
		id: 'ownWords',
		title: 'Completing a Brown Stanley Safety Plan with a Patient (National Jewish Health)',
		url: 'https://www.nationaljewish.org/suicide-awareness/suicidal-patients-next-steps/completing-a-brown-stanley-safety-plan-with-a-patient',
	},
	{
		id: 'relapsePrevention',
		title:
			'Relapse prevention, by Jayakrishnan Menon and Arun Kandasamy (Indian Journal of Psychiatry, 2018)',
		url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5844157',
	},
	{
		id: 'relapseWorksheet',
		title: 'Relapse Prevention Plan, a recovery worksheet (meridiannh.org)',
		url: 'https://meridiannh.org/tools/worksheets/relapse-prevention',
	},
];

/**
 * The configured lines the planner offers, in this order: the national crisis and referral
 * lines, then the provider's helpline (always labelled as a provider's line). 911 is not in the
 * list: the plan and the card always show it.
 */
export function circleLines<L extends { kind: string }>(national: readonly L[], helpline: L): L[] {
	return [...national.filter((line) => line.kind === 'crisis' || line.kind === 'referral'), helpline];
}
