import { z } from 'astro/zod';

/** Words in another language than the page, so screen readers switch voice for them (WCAG 3.1.2). */
export const foreignWordsSchema = z
	.strictObject({
		lang: z
			.string()
			.regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: 'must be a language code such as es' })
			.describe('Language of these words, e.g. es'),
		text: z.string().min(1).describe('The words, e.g. AYUDA'),
	})
	.describe('Words in another language than the page');

/**
 * A short text for readers: plain words, or a list of parts where words in another language
 * are marked, e.g. `['For Spanish, text ', { lang: 'es', text: 'AYUDA' }, ' to 741741.']`.
 */
export const phraseSchema = z.union([
	z.string().min(1),
	z.array(z.union([z.string(), foreignWordsSchema])).min(1),
]);

export type Phrase = z.infer<typeof phraseSchema>;

/** The words of a phrase without their language marks (for tests and plain-text uses). */
export function phraseText(phrase: Phrase): string {
	return typeof phrase === 'string'
		? phrase
		: phrase.map((part) => (typeof part === 'string' ? part : part.text)).join('');
}
