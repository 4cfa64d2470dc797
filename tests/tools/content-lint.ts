/**
 * The content lint: words we avoid in our own narration, and Flesch-Kincaid reading grade.
 * Built on the unified ecosystem (remark-mdx to read MDX, parse-english and nlcst-search to
 * find words, syllable and flesch-kincaid to grade), so the only hand-written part is the glue.
 */
import { readFileSync } from 'node:fs';
import { fleschKincaid } from 'flesch-kincaid';
import type { Root as MdastRoot, RootContent } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import { search } from 'nlcst-search';
import { toString as nlcstToString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { syllable } from 'syllable';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';

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
const SKIPPED_COMPONENTS = new Set(['TheirWords', 'Quote']);

/** Read content/words.yaml (or another rules file). */
export function loadWordRules(file = 'content/words.yaml'): WordRules {
	return parseYaml(readFileSync(file, 'utf8')) as WordRules;
}

/** Plain text of an MDX document, one block per paragraph, without frontmatter, code or quotations. */
export function textFromMdx(source: string): string {
	const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(source) as MdastRoot;
	const blocks: string[] = [];
	const walk = (node: RootContent | MdastRoot, out: string[]) => {
		if (node.type === 'yaml' || node.type === 'code' || node.type === 'inlineCode') return;
		if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
			return;
		if (
			(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
			SKIPPED_COMPONENTS.has(node.name ?? '')
		) {
			return;
		}
		if (node.type === 'text') {
			out.push(node.value);
			return;
		}
		if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
			const inline: string[] = [];
			for (const child of node.children) walk(child, inline);
			const text = inline.join('').trim();
			// Headings and list items without end punctuation are still separate sentences.
			if (text) blocks.push(/[.!?:]$/.test(text) ? text : `${text}.`);
			return;
		}
		if ('children' in node) for (const child of node.children) walk(child as RootContent, out);
	};
	walk(tree, blocks);
	return blocks.join('\n\n');
}

function parseText(text: string): NlcstRoot {
	return new ParseEnglish().parse(text);
}

/** Avoided words in `text`, skipping the proper names the rules allow. */
export function findAvoidedWords(text: string, rules: WordRules): WordProblem[] {
	let cleaned = text;
	for (const name of rules.names) {
		cleaned = cleaned.replace(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), ' ');
	}
	const tree = parseText(cleaned);
	const uses = new Map(rules.avoid.map((a) => [a.term.toLowerCase(), a.use]));
	const problems: WordProblem[] = [];
	search(tree, [...uses.keys()], (nodes, _index, parent, phrase) => {
		const sentence = parent ? nlcstToString(parent) : nlcstToString(nodes);
		problems.push({ term: phrase, use: uses.get(phrase) ?? '', context: sentence.slice(0, 160) });
	});
	return problems;
}

/** Counts that reading-grade formulas need. */
export function textCounts(text: string): { sentence: number; word: number; syllable: number } {
	const tree = parseText(text);
	let sentences = 0;
	let words = 0;
	let syllables = 0;
	visit(tree, (node) => {
		if (node.type === 'SentenceNode') sentences++;
		if (node.type === 'WordNode') {
			const word = nlcstToString(node);
			if (/[a-z]/i.test(word)) {
				words++;
				syllables += syllable(word);
			}
		}
	});
	return { sentence: sentences, word: words, syllable: syllables };
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
/** Description limits, as the article schema enforces them. */
export const DESCRIPTION_LENGTH = { min: 70, max: 160 };

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
