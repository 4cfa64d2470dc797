import { countWords, textFromMdx } from './mdx-text';

/**
 * Minutes to read an article (MDX source, with or without frontmatter), at 200 words a minute,
 * never less than one. Words are counted by mdx-text.ts, as the content lint and tests count them.
 */
export function readingMinutes(mdxSource: string, wordsPerMinute = 200): number {
	return Math.max(1, Math.round(countWords(textFromMdx(mdxSource)) / wordsPerMinute));
}
