/**
 * Directory filtering, shared by the build (counts, category pages) and the browser script.
 * OR within a facet group, AND across groups. Pure functions, unit-tested.
 */
import { DIRECTORY_FACETS } from './facets';

export type FacetKey = (typeof DIRECTORY_FACETS)[number]['key'];
export type Filters = Partial<Record<FacetKey, string[]>>;
/** The facet values an entry has, by facet key. */
export type EntryFacets = Record<FacetKey, readonly string[]>;

export const FACET_KEYS = DIRECTORY_FACETS.map((f) => f.key) as FacetKey[];

/** Whether an entry passes the filters: any chosen value within a group, every group. */
export function matchesFilters(entry: EntryFacets, filters: Filters): boolean {
	return FACET_KEYS.every((key) => {
		const chosen = filters[key] ?? [];
		return chosen.length === 0 || chosen.some((value) => entry[key].includes(value));
	});
}

/** Read filters from an address's query (`?audience=family&format=online&format=phone`), ignoring unknown keys and values. */
export function filtersFromQuery(params: URLSearchParams): Filters {
	const filters: Filters = {};
	for (const facet of DIRECTORY_FACETS) {
		const allowed = new Set<string>(facet.values.map((v) => v.id));
		const values = [...new Set(params.getAll(facet.key).flatMap((v) => v.split(',')))].filter((v) =>
			allowed.has(v)
		);
		if (values.length) filters[facet.key] = values;
	}
	return filters;
}

/** The query string for filters, in a stable order (empty string when nothing is chosen). */
export function queryFromFilters(filters: Filters): string {
	const params = new URLSearchParams();
	for (const facet of DIRECTORY_FACETS) {
		for (const id of facet.values.map((v) => v.id)) {
			if (filters[facet.key]?.includes(id)) params.append(facet.key, id);
		}
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

const NUMBER_WORDS = [
	'No',
	'One',
	'Two',
	'Three',
	'Four',
	'Five',
	'Six',
	'Seven',
	'Eight',
	'Nine',
	'Ten',
	'Eleven',
	'Twelve',
];

/** A count in words for the live region: "No support types", "One support type", "7 support types". */
export function countInWords(count: number, singular: string, plural: string): string {
	const number = count < NUMBER_WORDS.length ? NUMBER_WORDS[count] : String(count);
	return `${number} ${count === 1 ? singular : plural}`;
}
