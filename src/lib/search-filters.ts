import type { Dictionary } from '../i18n';
import type { Locale } from '../i18n/locales';
import { FACET_GROUPS } from './facets';

/**
 * The search page's filter groups: content type, topic, and every directory facet group.
 * Values are the words the pages give Pagefind (data-pagefind-filter), so the filter UI, the
 * index and the address all use the same words.
 */
export function searchFilterGroups(t: Dictionary, locale: Locale, topicNames: string[]) {
	return [
		{ key: 'type', legend: t.search.typeLegend, values: Object.values(t.search.types) },
		{ key: 'topic', legend: t.search.topicLegend, values: topicNames },
		...FACET_GROUPS.map((group) => ({
			key: group.id,
			legend: group.label[locale],
			values: group.values.map((v) => v.label[locale]),
		})),
	];
}
