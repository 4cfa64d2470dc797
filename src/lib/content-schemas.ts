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
	organisations: readonly string[];
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
	supports: z
		.string()
		.min(10)
		.max(200)
		.optional()
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
			sources: z.array(sourceSchema).min(1).describe('Where the facts come from'),
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

export function organisationSchema(ids: KnownIds) {
	return z.strictObject({
		name: z.string().min(2),
		description: z.string().min(60).describe('One paragraph in our own words'),
		website: httpsUrl.describe('Official site'),
		findUrl: httpsUrl.optional().describe('Official meeting or group finder, if any'),
		lines: z
			.array(
				z.strictObject({
					kind: z.enum(lineKinds, {
						error: (i) => `unknown line kind "${String(i.input)}"; allowed: ${lineKinds.join(', ')}`,
					}),
					...phoneSchema.shape,
					note: z.string().optional().describe('What the line is for, e.g. meeting information'),
				})
			)
			.default([])
			.describe('Only lines marked V in the facts file'),
		nationalLine: z
			.string()
			.optional()
			.describe('Id of a line in src/config/site.ts; its numbers come from there'),
		languages: z.array(z.string().min(2)).min(1),
		lastChecked: z.coerce.date({ error: 'needs a date, YYYY-MM-DD' }).describe('When the facts were checked'),
		confirm: z.boolean().default(false).describe('Readers should confirm details with the organisation'),
		caveat: z.string().optional().describe('Anything a reader should know first'),
		supportTypes: uniqueList(oneOf(ids.supportTypes, 'support type')).min(1),
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
