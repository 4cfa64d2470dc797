import { APPROACHES, AUDIENCES, COSTS, FORMATS } from './facets';

/** Content types as the search index labels them (data-pagefind-filter="type:..."). */
export const CONTENT_TYPES = [
	'Article',
	'Support type',
	'Guide',
	'Topic',
	'Glossary',
	'Directory',
	'Page',
] as const;

/**
 * The search page's filter groups. Values are the labels the pages give Pagefind, so the
 * filter UI, the index and the address all use the same words.
 */
export function searchFilterGroups(topicNames: string[]) {
	return [
		{ key: 'type', legend: 'Type', values: [...CONTENT_TYPES] },
		{ key: 'topic', legend: 'Topic', values: topicNames },
		{ key: 'audience', legend: 'Who it is for', values: AUDIENCES.map((a) => a.label) },
		{ key: 'format', legend: 'Format', values: FORMATS.map((f) => f.label) },
		{ key: 'cost', legend: 'Cost', values: COSTS.map((c) => c.label) },
		{ key: 'approach', legend: 'Approach', values: APPROACHES.map((a) => a.label) },
	];
}

export const SEARCH_FILTER_KEYS = ['type', 'topic', 'audience', 'format', 'cost', 'approach'] as const;
