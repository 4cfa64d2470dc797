/**
 * Strict schemas for everything an editor writes. They take the lists of known ids so that a
 * dangling reference is a schema error that names the field and lists what is allowed.
 * Pure functions of their inputs: unit-tested on fixtures in tests/unit/content-schemas.test.ts.
 */
import { z } from 'astro/zod';
import { ARTICLE_AUDIENCES, CATEGORIES, FACET_GROUPS, idsOf, type FacetField } from './facets';
import { phoneSchema } from './site-config-schema';

export interface KnownIds {
	topics: readonly string[];
	articles: readonly string[];
	supportTypes: readonly string[];
}

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be a full https:// address' });

/** z.enum that lists the allowed values in its error, or rejects everything if the list is empty. */
function oneOf(values: readonly string[], what: string) {
	if (values.length === 0) {
		return z.string().refine(() => false, { error: `no ${what} exist yet` });
	}
	return z.enum(values as [string, ...string[]], {
		error: (issue) => `unknown ${what} "${String(issue.input)}"; allowed: ${values.join(', ')}`,
	});
}

function facet(values: readonly string[], what: string) {
	return z.enum(values as [string, ...string[]], {
		error: (issue) => `unknown ${what} "${String(issue.input)}"; allowed: ${values.join(', ')}`,
	});
}

const uniqueList = <T extends z.ZodType>(item: T) =>
	z.array(item).refine((list) => new Set(list as unknown[]).size === list.length, {
		error: 'lists a value twice',
	});

/** One list field per facet group (src/lib/facets.ts): at least one known value, none twice. */
function facetFields() {
	return Object.fromEntries(
		FACET_GROUPS.map((group) => [
			group.field,
			uniqueList(facet(idsOf(group.values), group.id))
				.min(1)
				.describe(`${group.label.en}: ${group.values.map((v) => v.id).join(', ')}`),
		])
	) as unknown as Record<FacetField, z.ZodType<string[]>>;
}

export const sourceSchema = z.strictObject({
	title: z.string().min(3).describe('Title of the page or publication, as its publisher gives it'),
	url: httpsUrl.describe('Where a reader can check it'),
	lang: z
		.enum(['en', 'es'])
		.optional()
		.describe('Language of the title, when it is not the page’s (marked with lang for screen readers)'),
	supports: z
		.string({ error: 'say in a few words what this source supports in the article' })
		.min(10)
		.max(200)
		.describe('In a few words, what this source supports in the article'),
});

export function articleSchema(ids: KnownIds) {
	return z
		.strictObject({
			title: z.string().min(10).max(90).describe('Headline, in sentence case'),
			description: z
				.string()
				.min(70, { error: 'must be at least 70 characters: say what the reader will get' })
				.max(160, { error: 'must be 160 characters or fewer (search results cut it off)' })
				.describe('One or two sentences for search results and previews'),
			published: z.coerce.date().describe('First published, YYYY-MM-DD'),
			updated: z.coerce.date().optional().describe('Last meaningful update, YYYY-MM-DD'),
			audiences: uniqueList(facet(idsOf(ARTICLE_AUDIENCES), 'audience'))
				.min(1)
				.describe('Who it is written for'),
			topics: uniqueList(oneOf(ids.topics, 'topic')).min(1).describe('Topic ids from content/topics.yaml'),
			relatedArticles: uniqueList(oneOf(ids.articles, 'article'))
				.default([])
				.describe('Slugs of other articles (their file names without .mdx)'),
			supportTypes: uniqueList(oneOf(ids.supportTypes, 'support type'))
				.default([])
				.describe('Directory support types this article mentions'),
			sources: z
				.array(sourceSchema)
				.min(2, { error: 'needs at least two sources that say what the article cites them for' })
				.describe('Where the facts come from, each with what it supports'),
			featured: z.boolean().default(false).describe('Show on the home page'),
			draft: z.boolean().default(false).describe('Drafts are left out of the build entirely'),
		})
		.refine((a) => !a.updated || a.updated >= a.published, {
			error: 'updated must not be before published',
			path: ['updated'],
		});
}

export function topicSchema() {
	return z.strictObject({
		id: z.string().regex(/^[a-z0-9-]+$/),
		name: z.string().min(3),
		description: z.string().min(40).max(200),
	});
}

export function glossarySchema() {
	return z.strictObject({
		id: z.string().regex(/^[a-z0-9-]+$/),
		term: z.string().min(2),
		definition: z.string().min(30).describe('Plain-language meaning'),
		ourWords: z.string().optional().describe('The words this site uses, and why'),
		seeAlso: z.array(z.string()).default([]),
	});
}

export function supportTypeSchema(ids: KnownIds) {
	return z.strictObject({
		name: z.string().min(3),
		summary: z.string().min(40).max(200).describe('One sentence: what it is and who it helps'),
		category: facet(idsOf(CATEGORIES), 'category'),
		order: z.number().int().min(0).default(100).describe('Position within its category'),
		whatItIs: z.string().min(80).describe('Paragraphs separated by blank lines'),
		whoItHelps: z.string().min(40),
		whatToExpect: z.string().min(80),
		howToStart: z.array(z.string().min(10)).min(2).describe('Steps, in order'),
		...facetFields(),
		relatedArticles: uniqueList(oneOf(ids.articles, 'article')).default([]),
		crisisLines: z
			.boolean()
			.default(false)
			.describe(
				'Show 988, Crisis Text Line and 911 near the top: needed when the text touches suicide or overdose'
			),
		sources: z
			.array(sourceSchema)
			.default([])
			.describe('Where the facts and figures in the text come from (shown as Sources on the page)'),
	});
}

const lineKinds = ['call', 'text', 'tty'] as const;

/** The fields of an organisation entry that a fact can back (`facts[].about`). */
export const FACT_FIELDS = [
	'website',
	'description',
	'findUrl',
	'lines',
	'languages',
	'caveat',
	'spanish',
] as const;
export type FactField = (typeof FACT_FIELDS)[number];

/**
 * How sure we are of a fact, as shared/reference/directory-facts.md grades it: V = seen on the
 * organisation's own page or an official page (or an official publication's copy); S = seen only
 * on other sites. A phone or text line is published only on a V fact.
 */
export const FACT_STATUSES = ['V', 'S'] as const;

export const factSchema = z.strictObject({
	about: uniqueList(
		z.enum(FACT_FIELDS, {
			error: (i) => `unknown field "${String(i.input)}"; allowed: ${FACT_FIELDS.join(', ')}`,
		})
	)
		.min(1, { error: 'must name at least one field this page supports' })
		.describe(`Which fields of the entry this page supports: ${FACT_FIELDS.join(', ')}`),
	source: z
		.url({
			protocol: /^https?$/,
			error: 'must be the full address of the page you checked (http:// or https://)',
		})
		.describe('The address of the page the fact was seen on, exactly as in the facts files'),
	seen: z.coerce
		.date({ error: 'needs the date the page was checked, YYYY-MM-DD' })
		.describe('When the page was checked, YYYY-MM-DD'),
	status: z
		.enum(FACT_STATUSES, {
			error: (i) =>
				`unknown status "${String(i.input)}"; allowed: V (the organization's own page or an official page), S (other sites only)`,
		})
		.describe("V: the organization's own page or an official page. S: only other sites"),
	note: z
		.string()
		.min(5)
		.max(160)
		.optional()
		.describe('What the page is, when its address does not say (e.g. a copy of an official fact sheet)'),
});
export type Fact = z.infer<typeof factSchema>;

/** Whether an entry has a value in a field that facts must back. */
function fieldIsSet(entry: Record<string, unknown>, field: FactField): boolean {
	if (field === 'lines') return (entry.lines as unknown[]).length > 0 || entry.nationalLine !== undefined;
	const value = entry[field];
	return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

export function organisationSchema(ids: KnownIds) {
	return z
		.strictObject({
			name: z.string().min(2),
			description: z
				.string()
				.min(60)
				.describe('One paragraph in our own words; quoted words in "quotation marks"'),
			website: httpsUrl.describe('Official site'),
			findUrl: httpsUrl.optional().describe('Official meeting or group finder, if any'),
			lines: z
				.array(
					// safeExtend keeps phoneSchema's display-matches-number check (spreading .shape drops it).
					phoneSchema.safeExtend({
						kind: z.enum(lineKinds, {
							error: (i) => `unknown line kind "${String(i.input)}"; allowed: ${lineKinds.join(', ')}`,
						}),
						note: z.string().optional().describe('What the line is for, e.g. meeting information'),
					})
				)
				.default([])
				.describe('Phone and text lines; each needs a fact with status V'),
			nationalLine: z
				.string()
				.optional()
				.describe('Id of a line in src/config/site.ts; its numbers come from there (a V fact must back it)'),
			languages: z
				.array(z.string().min(2))
				.min(1)
				.optional()
				.describe('Languages, only when a source names them'),
			spanish: z
				.string()
				.min(10)
				.max(240)
				.optional()
				.describe(
					'How to get help in Spanish, written in Spanish (shown with lang="es"), only where confirmed'
				),
			caveat: z.string().optional().describe('Anything a reader should know first'),
			facts: z
				.array(factSchema)
				.min(1, { error: 'needs at least one fact: the page each fact on the card was confirmed on' })
				.describe('Where each fact on the card was confirmed: the page, the date, and how sure we are'),
			supportTypes: uniqueList(oneOf(ids.supportTypes, 'support type')).min(1),
		})
		.superRefine((entry, ctx) => {
			const backed = (field: FactField, status?: (typeof FACT_STATUSES)[number]) =>
				entry.facts.some((f) => f.about.includes(field) && (!status || f.status === status));
			for (const field of FACT_FIELDS) {
				if (!fieldIsSet(entry, field)) continue;
				const where = field === 'lines' && entry.lines.length === 0 ? 'nationalLine' : field;
				if (!backed(field)) {
					ctx.addIssue({
						code: 'custom',
						path: [where],
						message: `no fact backs ${field}: add a fact whose "about" lists ${field}, with the page address and the date it was checked`,
					});
				} else if (field === 'lines' && !backed('lines', 'V')) {
					ctx.addIssue({
						code: 'custom',
						path: [where],
						message:
							"a phone or text line needs a fact with status V (the organization's own page or an official page); an S source cannot back a number, so remove the line and send readers to the website",
					});
				}
			}
			entry.facts.forEach((fact, i) =>
				fact.about.forEach((field, j) => {
					if (!fieldIsSet(entry, field)) {
						ctx.addIssue({
							code: 'custom',
							path: ['facts', i, 'about', j],
							message: `${field} is not on this entry: remove it from "about", or add the field`,
						});
					}
				})
			);
		});
}

export function hubSchema(ids: KnownIds) {
	return z.strictObject({
		id: z.enum(['in-recovery', 'for-families']),
		title: z.string().min(5),
		description: z.string().min(70).max(160).describe('For search results and link previews'),
		welcome: z.string().min(40),
		readingPath: uniqueList(oneOf(ids.articles, 'article'))
			.min(1)
			.describe('Article slugs, in reading order'),
		supportTypes: uniqueList(oneOf(ids.supportTypes, 'support type')).default([]),
	});
}

/*
 * The Spanish edition (content/es): translations of the English entries. Only words live there;
 * facets, references, numbers and facts stay in the English file, matched by id.
 */

const slugField = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
		error: 'must be lower-case words joined by hyphens, without accents (it becomes the address)',
	})
	.describe('The Spanish address of the page');

/** A source cited in Spanish: Spanish says the same in more words, so `supports` may run longer. */
const spanishSourceSchema = sourceSchema.extend({
	supports: z
		.string({ error: 'say in a few words what this source supports in the article' })
		.min(10)
		.max(240)
		.describe('In a few words, in Spanish, what this source supports in the article'),
});

/** A Spanish article (content/es/articles): its words and dates; the rest comes from its English pair. */
export function articleTranslationSchema(ids: KnownIds) {
	return z
		.strictObject({
			title: z.string().min(10).max(90).describe('Headline, in Spanish sentence case'),
			description: z
				.string()
				.min(70, { error: 'must be at least 70 characters: say what the reader will get' })
				.max(160, { error: 'must be 160 characters or fewer (search results cut it off)' })
				.describe('One or two sentences for search results and previews'),
			translationOf: oneOf(ids.articles, 'English article').describe(
				'The English article this translates: its file name without .mdx'
			),
			published: z.coerce.date().describe('First published in Spanish, YYYY-MM-DD'),
			updated: z.coerce.date().optional().describe('Last meaningful update, YYYY-MM-DD'),
			sources: z
				.array(spanishSourceSchema)
				.min(2, { error: 'needs at least two sources that say what the article cites them for' })
				.describe('Where the facts come from, each with what it supports (in Spanish)'),
			draft: z.boolean().default(false).describe('Drafts are left out of the build entirely'),
		})
		.refine((a) => !a.updated || a.updated >= a.published, {
			error: 'updated must not be before published',
			path: ['updated'],
		});
}

/** A Spanish support type (content/es/directory/support-types/<English id>.yaml). */
export function supportTypeTranslationSchema() {
	return z.strictObject({
		slug: slugField,
		name: z.string().min(3),
		summary: z.string().min(40).max(240).describe('One sentence: what it is and who it helps'),
		whatItIs: z.string().min(80).describe('Paragraphs separated by blank lines'),
		whoItHelps: z.string().min(40),
		whatToExpect: z.string().min(80),
		howToStart: z.array(z.string().min(10)).min(2).describe('Steps, in order'),
		sources: z.array(spanishSourceSchema).default([]).describe('As in English, with `supports` in Spanish'),
	});
}

/** The Spanish words of an organisation (content/es/directory/organisations/<English id>.yaml). */
export function organisationTranslationSchema() {
	return z.strictObject({
		description: z.string().min(60).describe('One paragraph in our own words, in Spanish'),
		caveat: z.string().optional().describe('Anything a reader should know first'),
		lineNotes: z
			.array(z.string().min(5))
			.min(1)
			.optional()
			.describe('Notes for the English `lines`, in the same order'),
	});
}

/** A Spanish glossary term: `id` is the English term's id. */
export function glossaryTranslationSchema(glossaryIds: readonly string[]) {
	return z.strictObject({
		id: oneOf(glossaryIds, 'glossary term'),
		term: z.string().min(2).describe('The Spanish term, without English words (they go in `english`)'),
		english: z
			.array(z.string().min(2))
			.min(1)
			.optional()
			.describe('English words many readers also hear for it, shown after the term and marked as English'),
		definition: z.string().min(30).describe('Plain-language meaning'),
		ourWords: z.string().optional().describe('The words this site uses, and why'),
	});
}

/** A Spanish topic: `id` is the English topic's id, `slug` its Spanish address. */
export function topicTranslationSchema(ids: KnownIds) {
	return z.strictObject({
		id: oneOf(ids.topics, 'topic'),
		slug: slugField,
		name: z.string().min(3),
		description: z.string().min(40).max(240),
	});
}

/** A Spanish audience hub: `id` is the English hub's id, `slug` its Spanish address. */
export function hubTranslationSchema() {
	return z.strictObject({
		id: z.enum(['in-recovery', 'for-families'], {
			error: (i) => `unknown hub "${String(i.input)}"; allowed: in-recovery, for-families`,
		}),
		slug: slugField,
		title: z.string().min(5),
		description: z.string().min(70).max(180).describe('For search results and link previews'),
		welcome: z.string().min(40),
	});
}
