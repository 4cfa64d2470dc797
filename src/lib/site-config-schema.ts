import { z } from 'astro/zod';
import { DIAL_NUMBER, DIAL_NUMBER_RULE } from './links';
import { phoneProblem } from './phone-display';
import { phraseSchema } from './phrase';

/** A dialable number: E.164 (`+18006624357`) or a national short code (`988`, `741741`, `911`). */
export const dialNumber = z
	.string()
	.regex(DIAL_NUMBER, { error: DIAL_NUMBER_RULE })
	.describe('Number in E.164 form, or a national short code');

/**
 * A phone number as dialled and as shown. The two must be the same number (checked with
 * libphonenumber-js), so a typo in either stops the build. Used by the site configuration and
 * by the organisations' lines.
 */
export const phoneSchema = z
	.strictObject({
		e164: dialNumber,
		display: z
			.string()
			.min(3)
			.describe(
				'How the number is shown to readers, e.g. (202) 555-0123; a vanity form may follow in parentheses'
			),
		keyword: z
			.string()
			.regex(/^[A-Z]+$/, { error: 'must be one upper-case word such as HOME' })
			.optional()
			.describe('Word to text, for text lines that need one'),
	})
	.superRefine((phone, ctx) => {
		const problem = phoneProblem(phone);
		if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
	});

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// address' });

/**
 * A line's words in another language of the site (the `es` key: src/i18n/locales.ts). Numbers stay
 * in the line itself; only what readers read changes.
 */
export const lineWordsSchema = z.strictObject({
	name: z.string().min(2).optional().describe('A name in this language, if the line has one; else its own'),
	shortName: z.string().min(2).optional(),
	who: z.string().min(2).describe('Who answers'),
	label: z.string().min(2).describe('Short call to action'),
	hours: z.string().min(2),
	languages: z.array(z.string()).describe('The languages it is answered in, named in this language'),
	options: z.array(phraseSchema).default([]).describe('Options for readers of this language first'),
	whatHappens: z.string().min(10),
	textKeyword: z
		.string()
		.regex(/^[A-Z]+$/, { error: 'must be one upper-case word such as AYUDA' })
		.optional()
		.describe('The word to text for this language, where the line has one (Spanish: AYUDA)'),
});

export const lineSchema = z.strictObject({
	id: z.string().regex(/^[a-zA-Z0-9]+$/),
	name: z.string().min(2),
	shortName: z.string().min(2).optional().describe('A short name for tight spaces, e.g. the header button'),
	who: z.string().min(2).describe('Who answers'),
	label: z.string().min(2).describe('Short call to action'),
	kind: z.enum(['provider', 'crisis', 'referral', 'emergency']),
	call: phoneSchema.optional(),
	text: phoneSchema.optional(),
	tty: phoneSchema.optional(),
	chatUrl: httpsUrl.optional(),
	website: httpsUrl.optional(),
	hours: z.string().min(2),
	languages: z.array(z.string()),
	options: z
		.array(phraseSchema)
		.default([])
		.describe('Menu options and tips, e.g. "Press 2 for Spanish."; mark words in another language'),
	whatHappens: z.string().min(10).describe('What happens when you call, in plain words'),
	es: lineWordsSchema.describe('The words of this line on Spanish pages'),
});

export const siteConfigSchema = z.strictObject({
	name: z.string().min(2),
	tagline: z.string().min(2),
	description: z.string().min(50).max(160),
	lang: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/),
	publisher: z.strictObject({ name: z.string(), url: httpsUrl, description: z.string() }),
	helpline: lineSchema.extend({
		kind: z.literal('provider'),
		call: phoneSchema,
		shortName: z.string().min(2),
	}),
	corrections: z.strictObject({ url: httpsUrl, label: z.string() }),
	crisisLines: z.array(lineSchema).min(1),
	es: z
		.strictObject({
			name: z.string().min(2),
			tagline: z.string().min(2),
			description: z.string().min(50).max(160),
			publisher: z.strictObject({ description: z.string() }),
			corrections: z.strictObject({ label: z.string() }),
		})
		.describe('The site’s words on Spanish pages; names of organisations stay as they are'),
});

export type SiteConfig = z.input<typeof siteConfigSchema>;
export type Line = z.infer<typeof lineSchema>;
export type Phone = z.infer<typeof phoneSchema>;
