/**
 * The directory's facets as data: one list per group (id, the content field it reads, its labels,
 * its values with labels). Everything else reads these lists: the content schemas, the cards'
 * data attributes, the client filter, the guided finder, the Pagefind filters, the search page's
 * filters, the category pages and the tests. Adding a group or a value is one edit here, plus
 * the content that uses it (content/README.md says how).
 */
import type { Locale } from '../i18n/locales';

/** Words in every language the site has. */
export type Label = Readonly<Record<Locale, string>>;

/** A facet value: its id (used in data and addresses) and the words readers see. */
export interface FacetValue {
	readonly id: string;
	readonly label: Label;
	/** How the guided finder words this answer, when it differs from the label. */
	readonly finderLabel?: Label;
	/** Audiences only: articles can be written for it (it has an article list and a reader path). */
	readonly forArticles?: boolean;
	/** Its address in Spanish, for a value with a page of its own (a category, an article audience). */
	readonly slug?: { readonly es: string };
}

/** A group of facet values that support types are filtered by. */
export interface FacetGroup {
	/** Used in addresses (`?format=online`), data attributes and Pagefind filter names. */
	readonly id: string;
	/** The support type field (in content/directory/support-types/*.yaml) that lists its values. */
	readonly field: string;
	/** Short name, for chips and the search page's filters. */
	readonly label: Label;
	/** The question above its checkboxes in the directory's filters. */
	readonly question: Label;
	/** When set, the guided finder asks this question (one answer, or no preference). */
	readonly finderQuestion?: Label;
	readonly values: readonly FacetValue[];
}

export const FACET_GROUPS = [
	{
		id: 'audience',
		field: 'audiences',
		label: { en: 'Who it is for', es: 'Para quién es' },
		question: { en: 'Who is it for?', es: '¿Para quién es?' },
		finderQuestion: { en: 'Who is this for?', es: '¿Para quién es?' },
		values: [
			{
				id: 'in-recovery',
				label: { en: 'People in recovery', es: 'Personas en recuperación' },
				slug: { es: 'personas-en-recuperacion' },
				finderLabel: {
					en: 'Me, I am in recovery or thinking about it',
					es: 'Para mí: estoy en recuperación o lo estoy pensando',
				},
				forArticles: true,
			},
			{
				id: 'family',
				label: { en: 'Families and friends', es: 'Familiares y amigos' },
				slug: { es: 'familiares-y-amigos' },
				finderLabel: { en: 'Me, as a family member or friend', es: 'Para mí, como familiar o amigo' },
				forArticles: true,
			},
			{
				id: 'young-people',
				label: { en: 'Teens and young adults', es: 'Adolescentes y adultos jóvenes' },
				finderLabel: { en: 'A teen or young adult', es: 'Para un adolescente o adulto joven' },
			},
		],
	},
	{
		id: 'format',
		field: 'formats',
		label: { en: 'Format', es: 'Formato' },
		question: { en: 'How do you want to take part?', es: '¿Cómo quiere participar?' },
		finderQuestion: { en: 'In person or online?', es: '¿En persona o en línea?' },
		values: [
			{ id: 'in-person', label: { en: 'In person', es: 'En persona' } },
			{ id: 'online', label: { en: 'Online', es: 'En línea' } },
			{
				id: 'phone',
				label: { en: 'Phone', es: 'Teléfono' },
				finderLabel: { en: 'By phone', es: 'Por teléfono' },
			},
			{
				id: 'text',
				label: { en: 'Text', es: 'Mensaje de texto' },
				finderLabel: { en: 'By text message', es: 'Por mensaje de texto' },
			},
		],
	},
	{
		id: 'cost',
		field: 'costs',
		label: { en: 'Cost', es: 'Costo' },
		question: { en: 'Cost', es: 'Costo' },
		values: [
			{ id: 'free', label: { en: 'Free', es: 'Gratis' } },
			{ id: 'donation', label: { en: 'Donations welcome', es: 'Se aceptan donaciones' } },
			{ id: 'insurance', label: { en: 'Often covered by insurance', es: 'A menudo lo cubre el seguro' } },
			{ id: 'varies', label: { en: 'Fees vary', es: 'Los precios varían' } },
		],
	},
	{
		id: 'approach',
		field: 'approaches',
		label: { en: 'Approach', es: 'Enfoque' },
		question: { en: 'Approach', es: 'Enfoque' },
		finderQuestion: { en: 'Any preference of approach?', es: '¿Prefiere algún enfoque?' },
		values: [
			{ id: 'twelve-step', label: { en: '12-Step', es: '12 Pasos' } },
			{ id: 'secular', label: { en: 'Secular', es: 'Laico' } },
			{ id: 'faith-based', label: { en: 'Faith-based', es: 'Basado en la fe' } },
			{ id: 'buddhist', label: { en: 'Buddhist', es: 'Budista' } },
			{ id: 'clinical', label: { en: 'Clinical', es: 'Clínico' } },
			{ id: 'peer', label: { en: 'Peer-led', es: 'Dirigido por pares' } },
			{ id: 'culturally-based', label: { en: 'Culturally based', es: 'Basado en la cultura' } },
			{ id: 'harm-reduction', label: { en: 'Harm reduction', es: 'Reducción de daños' } },
		],
	},
] as const satisfies readonly FacetGroup[];

/** The kinds of support, each with a page at /directory/category/<id>/ (one per support type). */
export const CATEGORIES = [
	{
		id: 'mutual-help',
		label: { en: 'Mutual-help groups', es: 'Grupos de ayuda mutua' },
		slug: { es: 'grupos-de-ayuda-mutua' },
	},
	{
		id: 'family-support',
		label: { en: 'Support for families and friends', es: 'Apoyo para familiares y amigos' },
		slug: { es: 'apoyo-para-familias' },
	},
	{
		id: 'professional',
		label: { en: 'Professional help', es: 'Ayuda profesional' },
		slug: { es: 'ayuda-profesional' },
	},
	{
		id: 'community',
		label: { en: 'Peer and community support', es: 'Apoyo entre pares y en la comunidad' },
		slug: { es: 'apoyo-entre-pares' },
	},
	{
		id: 'lines',
		label: { en: 'Crisis and referral lines', es: 'Líneas de crisis y de referencias' },
		slug: { es: 'lineas-de-ayuda' },
	},
	{ id: 'safety', label: { en: 'Staying safe', es: 'Mantenerse a salvo' }, slug: { es: 'seguridad' } },
	{
		id: 'communities',
		label: { en: 'Support for your community', es: 'Apoyo para su comunidad' },
		slug: { es: 'apoyo-para-su-comunidad' },
	},
] as const satisfies readonly FacetValue[];

export type FacetGroupId = (typeof FACET_GROUPS)[number]['id'];
export type FacetField = (typeof FACET_GROUPS)[number]['field'];
/** The value ids of one group, as a type. */
export type ValueIdOf<G extends FacetGroupId> = Extract<
	(typeof FACET_GROUPS)[number],
	{ id: G }
>['values'][number]['id'];

export const FACET_GROUP_IDS = FACET_GROUPS.map((g) => g.id);

/** One group by id; throws on an unknown id. */
export function facetGroup(id: string): FacetGroup {
	const group = FACET_GROUPS.find((g) => g.id === id);
	if (!group) throw new Error(`Unknown facet group "${id}"; known: ${FACET_GROUP_IDS.join(', ')}`);
	return group;
}

/** The ids of a list of values, typed as a non-empty tuple for z.enum. */
export function idsOf<T extends readonly FacetValue[]>(values: T) {
	return values.map((v) => v.id) as unknown as [T[number]['id'], ...T[number]['id'][]];
}

/** The audiences articles can be written for (the two reader paths). */
export const ARTICLE_AUDIENCES = facetGroup('audience').values.filter((v) => v.forArticles);

/**
 * A value's address segment in a language: its id in English, its `slug` in Spanish (`/es/directorio/
 * categoria/<slug>/`). Throws for a value with no slug in that language.
 */
export function valueSlug(value: FacetValue, locale: Locale): string {
	if (locale === 'en') return value.id;
	const slug = value.slug?.es;
	if (!slug)
		throw new Error(`Facet value "${value.id}" has no ${locale} slug (add slug: { ${locale}: ... })`);
	return slug;
}

/** English id → Spanish slug of the values with pages of their own: categories and article audiences. */
export function valueSlugTables() {
	const table = (values: readonly FacetValue[]) =>
		Object.fromEntries(values.map((v) => [v.id, valueSlug(v, 'es')]));
	return { categories: table(CATEGORIES), audiences: table(ARTICLE_AUDIENCES) };
}

/** Label for a value id in a language; throws on an unknown id. */
export function labelOf(values: readonly FacetValue[], id: string, locale: Locale): string {
	const found = values.find((v) => v.id === id);
	if (!found) throw new Error(`Unknown value "${id}"; allowed: ${values.map((v) => v.id).join(', ')}`);
	return found.label[locale];
}
