/**
 * Minutes to read an article body (MDX source), at 200 words a minute, never less than one.
 * Component tags, expressions and markdown punctuation are not words, so they are left out.
 */
export function readingMinutes(mdxBody: string, wordsPerMinute = 200): number {
	const text = mdxBody
		.replace(/^---[\s\S]*?---/, ' ')
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ')
		.replace(/\{[^}]*\}/g, ' ')
		.replace(/[#*_>`[\]()-]/g, ' ');
	const words = text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length;
	return Math.max(1, Math.round(words / wordsPerMinute));
}
