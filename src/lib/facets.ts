/**
 * The shared lists behind every schema enum and every filter UI (one source of truth, as
 * astro.build does with its category map). Add a value here and both the content schemas and
 * the filters pick it up.
 */

/** A facet value: its id (used in data and addresses) and the words readers see. */
export interface FacetValue {
	readonly id: string;
	readonly label: string;
}

function ids<T extends readonly FacetValue[]>(values: T) {
	return values.map((v) => v.id) as unknown as [T[number]['id'], ...T[number]['id'][]];
}

export const AUDIENCES = [
	{ id: 'in-recovery', label: 'People in recovery' },
	{ id: 'family', label: 'Families and friends' },
	{ id: 'young-people', label: 'Teens and young adults' },
] as const satisfies readonly FacetValue[];

export const FORMATS = [
	{ id: 'in-person', label: 'In person' },
	{ id: 'online', label: 'Online' },
	{ id: 'phone', label: 'Phone' },
	{ id: 'text', label: 'Text' },
] as const satisfies readonly FacetValue[];

export const COSTS = [
	{ id: 'free', label: 'Free' },
	{ id: 'donation', label: 'Donations welcome' },
	{ id: 'insurance', label: 'Often covered by insurance' },
	{ id: 'varies', label: 'Fees vary' },
] as const satisfies readonly FacetValue[];

export const APPROACHES = [
	{ id: 'twelve-step', label: '12-Step' },
	{ id: 'secular', label: 'Secular' },
	{ id: 'faith-based', label: 'Faith-based' },
	{ id: 'buddhist', label: 'Buddhist' },
	{ id: 'clinical', label: 'Clinical' },
	{ id: 'peer', label: 'Peer-led' },
] as const satisfies readonly FacetValue[];

export const CATEGORIES = [
	{ id: 'mutual-help', label: 'Mutual-help groups' },
	{ id: 'family-support', label: 'Support for families and friends' },
	{ id: 'professional', label: 'Professional help' },
	{ id: 'community', label: 'Peer and community support' },
	{ id: 'lines', label: 'Crisis and referral lines' },
] as const satisfies readonly FacetValue[];

/** Audiences of articles: the two reader paths. */
export const ARTICLE_AUDIENCES = AUDIENCES.filter((a) => a.id !== 'young-people');

export const AUDIENCE_IDS = ids(AUDIENCES);
export const ARTICLE_AUDIENCE_IDS = ['in-recovery', 'family'] as const;
export const FORMAT_IDS = ids(FORMATS);
export const COST_IDS = ids(COSTS);
export const APPROACH_IDS = ids(APPROACHES);
export const CATEGORY_IDS = ids(CATEGORIES);

/** The directory's filter groups, in the order the filter UI shows them. */
export const DIRECTORY_FACETS = [
	{ key: 'audience', legend: 'Who is it for?', field: 'audiences', values: AUDIENCES },
	{ key: 'format', legend: 'How do you want to take part?', field: 'formats', values: FORMATS },
	{ key: 'cost', legend: 'Cost', field: 'costs', values: COSTS },
	{ key: 'approach', legend: 'Approach', field: 'approaches', values: APPROACHES },
] as const;

/** Label for a facet value id; throws on an unknown id. */
export function labelOf(values: readonly FacetValue[], id: string): string {
	const found = values.find((v) => v.id === id);
	if (!found) throw new Error(`Unknown value "${id}"; allowed: ${values.map((v) => v.id).join(', ')}`);
	return found.label;
}
