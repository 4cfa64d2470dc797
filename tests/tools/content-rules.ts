/**
 * Rules that look across articles, beyond what one article's lint sees: no sentence repeated in two
 * articles, and the overdose article linked wherever overdose, a return to use or leaving treatment
 * comes up. Used by tests/unit/content-rules.test.ts.
 */

/** Articles may share a short phrase; a sentence this long or longer must be said once. */
export const MIN_REPEATED_WORDS = 8;

/** The article every mention of overdose, a return to use or leaving treatment links to. */
export const OVERDOSE_ARTICLE = 'overdose-signs-and-what-to-do';

/** What counts as mentioning overdose, a return to use, or leaving treatment. */
export const OVERDOSE_TRIGGERS =
	/\b(overdos\w*|return(?:ed|ing|s)? to (?:use|using)|relapse\w*|(?:leav\w*|left|finish\w*|end\w*) (?:treatment|rehab|a program|the program|residential))\b/i;

/** Sentences of plain text (one per line or ending in . ! ?), normalised for comparison. */
export function sentences(text: string): string[] {
	return text
		.split(/(?<=[.!?])\s+|\n+/)
		.map((s) =>
			s
				.toLowerCase()
				.replace(/[“”"’‘'`*_]/g, '')
				.replace(/[^a-z0-9\s-]/g, ' ')
				.replace(/\s+/g, ' ')
				.trim()
		)
		.filter((s) => s.split(' ').length >= MIN_REPEATED_WORDS);
}

/** Sentences that appear in more than one article, with the articles that share them. */
export function repeatedSentences(texts: Record<string, string>): { sentence: string; articles: string[] }[] {
	const seen = new Map<string, Set<string>>();
	for (const [name, text] of Object.entries(texts)) {
		for (const sentence of new Set(sentences(text))) {
			if (!seen.has(sentence)) seen.set(sentence, new Set());
			seen.get(sentence)!.add(name);
		}
	}
	return [...seen]
		.filter(([, names]) => names.size > 1)
		.map(([sentence, names]) => ({ sentence, articles: [...names].sort() }));
}

/** Whether an article's MDX links to the overdose article (or is it). */
export function linksToOverdoseArticle(slug: string, mdx: string): boolean {
	return slug === OVERDOSE_ARTICLE || mdx.includes(`slug="${OVERDOSE_ARTICLE}"`);
}
