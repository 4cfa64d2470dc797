import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import type { EntryFacets } from './directory-filters';
import { CATEGORIES, FACET_GROUPS } from './facets';
import { organisationsIn, supportTypesIn } from './localized';

export type SupportType = CollectionEntry<'supportTypes'>;
export type Organisation = CollectionEntry<'organisations'>;

const categoryOrder = new Map<string, number>(CATEGORIES.map((c, i) => [c.id, i]));

/** Support types in `locale`'s words, in category order, then by their `order`, then by name. */
export async function getSupportTypes(locale: Locale = DEFAULT_LOCALE): Promise<SupportType[]> {
	const types = await supportTypesIn(locale, await getCollection('supportTypes'));
	return types.sort(
		(a, b) =>
			(categoryOrder.get(a.data.category) ?? 0) - (categoryOrder.get(b.data.category) ?? 0) ||
			a.data.order - b.data.order ||
			a.data.name.localeCompare(b.data.name)
	);
}

/** Organisations by name, in `locale`'s words (names, numbers and facts stay as they are). */
export async function getOrganisations(locale: Locale = DEFAULT_LOCALE): Promise<Organisation[]> {
	const all = (await getCollection('organisations')).sort((a, b) => a.data.name.localeCompare(b.data.name));
	return organisationsIn(locale, all);
}

/** The organisations that offer a support type. */
export function organisationsOffering<T extends { data: { supportTypes: readonly string[] } }>(
	type: string,
	organisations: T[]
): T[] {
	return organisations.filter((o) => o.data.supportTypes.includes(type));
}

/** A support type's facet values, by facet group id (each group reads its own field). */
export function facetsOf(type: { data: Record<string, unknown> }): EntryFacets {
	return Object.fromEntries(
		FACET_GROUPS.map((group) => [group.id, (type.data[group.field] as string[] | undefined) ?? []])
	) as unknown as EntryFacets;
}

/** The data attributes a directory card carries for the client filter: `data-<group>="id id"`. */
export function facetAttributes(facets: EntryFacets): Record<string, string> {
	return Object.fromEntries(FACET_GROUPS.map((group) => [`data-${group.id}`, facets[group.id].join(' ')]));
}

/** Support types grouped by category, in category order, skipping empty categories. */
export function groupByCategory<T extends { data: { category: string } }>(types: T[]) {
	return CATEGORIES.map((category) => ({
		category,
		types: types.filter((t) => t.data.category === category.id),
	})).filter((group) => group.types.length > 0);
}

/**
 * Articles about a support type: those its entry lists first, then every other published article
 * that names it, each once.
 */
export function relatedArticles<A extends { id: string; data: { supportTypes: readonly string[] } }>(
	type: { id: string; data: { relatedArticles: readonly string[] } },
	published: A[]
): A[] {
	const byId = new Map(published.map((a) => [a.id, a]));
	const listed = type.data.relatedArticles.flatMap((id) => byId.get(id) ?? []);
	const mentioning = published.filter((a) => a.data.supportTypes.includes(type.id));
	return [...new Map([...listed, ...mentioning].map((a) => [a.id, a])).values()];
}

/** Paragraphs of a multi-line text field (blank lines separate them). */
export function paragraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

/** A website address as a short label for print: "smartrecovery.org/family". */
export function shortAddress(url: string): string {
	return url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');
}
