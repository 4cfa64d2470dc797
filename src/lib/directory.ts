import { getCollection, type CollectionEntry } from 'astro:content';
import type { EntryFacets } from './directory-filters';
import { CATEGORIES } from './facets';

export type SupportType = CollectionEntry<'supportTypes'>;
export type Organisation = CollectionEntry<'organisations'>;

const categoryOrder = new Map<string, number>(CATEGORIES.map((c, i) => [c.id, i]));

/** Support types in category order, then by their `order`, then by name. */
export async function getSupportTypes(): Promise<SupportType[]> {
	const types = await getCollection('supportTypes');
	return types.sort(
		(a, b) =>
			(categoryOrder.get(a.data.category) ?? 0) - (categoryOrder.get(b.data.category) ?? 0) ||
			a.data.order - b.data.order ||
			a.data.name.localeCompare(b.data.name)
	);
}

/** Organisations by name. */
export async function getOrganisations(): Promise<Organisation[]> {
	return (await getCollection('organisations')).sort((a, b) => a.data.name.localeCompare(b.data.name));
}

/** The organisations that offer a support type. */
export function organisationsOffering(type: string, organisations: Organisation[]): Organisation[] {
	return organisations.filter((o) => (o.data.supportTypes as string[]).includes(type));
}

/** A support type's facet values, keyed as the filters expect. */
export function facetsOf(type: SupportType): EntryFacets {
	return {
		audience: type.data.audiences,
		format: type.data.formats,
		cost: type.data.costs,
		approach: type.data.approaches,
	};
}

/** Support types grouped by category, in category order, skipping empty categories. */
export function groupByCategory(types: SupportType[]) {
	return CATEGORIES.map((category) => ({
		category,
		types: types.filter((t) => t.data.category === category.id),
	})).filter((group) => group.types.length > 0);
}

/** Paragraphs of a multi-line text field (blank lines separate them). */
export function paragraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}
