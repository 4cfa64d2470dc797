/**
 * Directory filtering, shared by the build (counts, category pages) and the browser script.
 * OR within a facet group, AND across groups. Pure functions, unit-tested.
 */
import { FACET_GROUP_IDS, FACET_GROUPS, type FacetGroupId } from './facets';

export type Filters = Partial<Record<FacetGroupId, string[]>>;
/** The facet values an entry has, by facet group id. */
export type EntryFacets = Record<FacetGroupId, readonly string[]>;

/** Whether an entry passes the filters: any chosen value within a group, every group. */
export function matchesFilters(entry: EntryFacets, filters: Filters): boolean {
	return FACET_GROUP_IDS.every((key) => {
		const chosen = filters[key] ?? [];
		return chosen.length === 0 || chosen.some((value) => entry[key].includes(value));
	});
}

/** Read filters from an address's query (`?audience=family&format=online&format=phone`), ignoring unknown keys and values. */
export function filtersFromQuery(params: URLSearchParams): Filters {
	const filters: Filters = {};
	for (const group of FACET_GROUPS) {
		const allowed = new Set<string>(group.values.map((v) => v.id));
		const values = [...new Set(params.getAll(group.id).flatMap((v) => v.split(',')))].filter((v) =>
			allowed.has(v)
		);
		if (values.length) filters[group.id] = values;
	}
	return filters;
}

/** The query string for filters, in a stable order (empty string when nothing is chosen). */
export function queryFromFilters(filters: Filters): string {
	const params = new URLSearchParams();
	for (const group of FACET_GROUPS) {
		for (const { id } of group.values) {
			if (filters[group.id]?.includes(id)) params.append(group.id, id);
		}
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}
