/**
 * The content lint library: words we avoid in our own narration, and Flesch-Kincaid reading
 * grade. Its command is lint-content-cli.ts (`npm run lint:content`). Built on the unified
 * ecosystem (src/lib/mdx-text.ts reads MDX with remark, parse-english and nlcst-search find
 * words, syllable and flesch-kincaid grade), so the only hand-written part is the glue.
 */
import { readFileSync } from 'node:fs';
import { fleschKincaid } from 'flesch-kincaid';
import type { Root as NlcstRoot } from 'nlcst';
import { search } from 'nlcst-search';
import { toString as nlcstToString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import { syllable } from 'syllable';
import { visit } from 'unist-util-visit';
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { countWords, textFromMdx } from '../../src/lib/mdx-text.ts';

export interface WordRules {
	avoid: { term: string; use: string }[];
	names: string[];
}

export interface WordProblem {
	term: string;
	use: string;
	context: string;
}

/** Components whose text is someone else's words, which the lint leaves alone. */
export const QUOTATION_COMPONENTS = ['TheirWords', 'Quote'];

/** Read content/words.yaml (or another rules file). */
export function loadWordRules(file = 'content/words.yaml'): WordRules {
	return parseYaml(readFileSync(file, 'utf8')) as WordRules;
}

/** Our own narration in an MDX article: its text (src/lib/mdx-text.ts) without quotations. */
export function narrationFromMdx(source: string): string {
	return textFromMdx(source, { skipComponents: QUOTATION_COMPONENTS });
}

function parseText(text: string, parser: { parse(text: string): NlcstRoot } = new ParseEnglish()): NlcstRoot {
	return parser.parse(text);
}

/**
 * Avoided words in `text`, skipping the proper names the rules allow. English text by default;
 * other languages pass their parser (`new ParseLatin()` for Spanish).
 */
export function findAvoidedWords(
	text: string,
	rules: WordRules,
	parser?: { parse(text: string): NlcstRoot }
): WordProblem[] {
	// A name becomes one neutral word, not a blank: a blank can join two sentences into one (a
	// period before a lower-case word ends no sentence), and a phrase next to the join goes unseen.
	let cleaned = text;
	for (const name of rules.names) {
		cleaned = cleaned.replace(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), 'Name');
	}
	const tree = parseText(cleaned, parser);
	const uses = new Map(rules.avoid.map((a) => [a.term.toLowerCase(), a.use]));
	const problems: WordProblem[] = [];
	search(tree, [...uses.keys()], (nodes, _index, parent, phrase) => {
		const sentence = parent ? nlcstToString(parent) : nlcstToString(nodes);
		problems.push({ term: phrase, use: uses.get(phrase) ?? '', context: sentence.slice(0, 160) });
	});
	return problems;
}

/**
 * Counts that reading-ease formulas need; words are counted by the site's one counter. English
 * by default; another language passes its parser and syllable counter.
 */
export function textCounts(
	text: string,
	{
		parser,
		syllables = syllable,
	}: { parser?: { parse(text: string): NlcstRoot }; syllables?: (word: string) => number } = {}
): { sentence: number; word: number; syllable: number } {
	const tree = parseText(text, parser);
	let sentences = 0;
	let total = 0;
	visit(tree, (node) => {
		if (node.type === 'SentenceNode') sentences++;
		if (node.type === 'WordNode') {
			const word = nlcstToString(node);
			if (/\p{L}/u.test(word)) total += syllables(word);
		}
	});
	return { sentence: sentences, word: countWords(text), syllable: total };
}

/** Flesch-Kincaid grade level of `text` (0 for empty text). */
export function readingGrade(text: string): number {
	const counts = textCounts(text);
	if (counts.word === 0 || counts.sentence === 0) return 0;
	return fleschKincaid(counts);
}

/** Highest Flesch-Kincaid grade for articles (the content guide's rule). */
export const MAX_ARTICLE_GRADE = 8;
/** Highest grade for get-help and first-steps pages. */
export const MAX_HELP_GRADE = 6;

/**
 * Readable text of a built page's `<main>`, one block per line, without elements marked
 * `data-lint-skip` (quotations, members' own words) or scripts.
 */
export function textFromHtml(html: string): string {
	const doc = parseHtml(html);
	const main = doc.querySelector('main');
	if (!main) return '';
	for (const el of main.querySelectorAll('[data-lint-skip], script, style, [hidden]')) el.remove();
	return main.structuredText
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean)
		.map((line) => (/[.!?:]$/.test(line) ? line : `${line}.`))
		.join('\n\n');
}
