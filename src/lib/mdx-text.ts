/**
 * The readable text of an MDX article, and how many words it has: one extraction and one
 * counter, used by the reading time on article pages, the content lint and the tests, so all
 * three report the same number. Frontmatter is read from the same parse, never by splitting
 * on `---`.
 */
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

/** Parse MDX source (with or without its frontmatter) into a markdown syntax tree. */
export function parseMdx(source: string): Root {
	return unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(source);
}

/** The frontmatter of an MDX or Markdown file as data (an empty object when it has none). */
export function frontmatterOf(source: string): Record<string, unknown> {
	// Markdown without MDX is enough to find the YAML block, and a broken body cannot stop it.
	const tree = unified().use(remarkParse).use(remarkFrontmatter).parse(source);
	const yaml = tree.children.find((node) => node.type === 'yaml');
	const data: unknown = yaml ? parseYaml(yaml.value) : {};
	return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

export interface TextOptions {
	/** Components whose text to leave out, e.g. quotations that are someone else's words. */
	skipComponents?: Iterable<string>;
}

/**
 * Plain text of an MDX document, one block (paragraph, heading, list item, table cell) per
 * paragraph, without frontmatter, code, imports or expressions. A block without end punctuation
 * gets a full stop, so that sentence-based measures see headings and list items as sentences.
 */
export function textFromMdx(source: string, options: TextOptions = {}): string {
	const skipped = new Set(options.skipComponents ?? []);
	const blocks: string[] = [];
	const walk = (node: RootContent | Root, out: string[]) => {
		if (node.type === 'yaml' || node.type === 'code' || node.type === 'inlineCode') return;
		if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
			return;
		if (
			(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
			skipped.has(node.name ?? '')
		)
			return;
		if (node.type === 'text' || node.type === 'break') {
			out.push(node.type === 'text' ? node.value : ' ');
			return;
		}
		if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
			const inline: string[] = [];
			for (const child of node.children) walk(child, inline);
			const text = inline.join('').trim();
			if (text) blocks.push(/[.!?:]$/.test(text) ? text : `${text}.`);
			return;
		}
		if ('children' in node) for (const child of node.children) walk(child as RootContent, out);
	};
	walk(parseMdx(source), blocks);
	return blocks.join('\n\n');
}

/**
 * Words in plain text, counted as a word processor counts them: runs of non-space characters
 * that hold at least one letter or digit ("12-step" is one word, a lone dash is none).
 */
export function countWords(text: string): number {
	return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
