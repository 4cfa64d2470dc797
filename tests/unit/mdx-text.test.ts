import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, frontmatterOf, textFromMdx } from '../../src/lib/mdx-text';
import { readingMinutes } from '../../src/lib/reading-time';

const root = new URL('../../', import.meta.url).pathname;

const source = [
	'---',
	'title: "A title: with --- dashes"',
	'description: One line.',
	'draft: true',
	'---',
	"import Extra from '../x.astro';",
	'',
	'## Why it *matters*',
	'',
	'You are not alone {props.name}. See [the guide](/guide/) and `code`.',
	'',
	'- A 12-step meeting',
	'- Two — three',
	'',
	'<Callout title="Not counted">Inside a component.</Callout>',
	'',
	'<Quote source="x" url="https://example.org">Their words.</Quote>',
	'',
	'```',
	'not prose at all',
	'```',
].join('\n');

describe('textFromMdx', () => {
	it('keeps headings, paragraphs, list items and component text, one block each', () => {
		expect(textFromMdx(source).split('\n\n')).toEqual([
			'Why it matters.',
			'You are not alone . See the guide and .',
			'A 12-step meeting.',
			'Two — three.',
			'Inside a component.',
			'Their words.',
		]);
	});

	it('leaves out the components it is told to skip', () => {
		expect(textFromMdx(source, { skipComponents: ['Quote'] })).not.toContain('Their words');
	});
});

describe('countWords', () => {
	it('counts runs with a letter or digit, as a word processor does', () => {
		expect(countWords('')).toBe(0);
		expect(countWords('A 12-step meeting — twice.')).toBe(4);
		expect(countWords("  don't  stop\nnow ")).toBe(3);
		expect(countWords(textFromMdx(source))).toBe(21);
	});
});

describe('frontmatterOf', () => {
	it('parses the YAML block, whatever the values contain', () => {
		expect(frontmatterOf(source)).toEqual({
			title: 'A title: with --- dashes',
			description: 'One line.',
			draft: true,
		});
	});

	it('is empty for a file without frontmatter', () => {
		expect(frontmatterOf('# Just a heading\n\n--- not frontmatter ---')).toEqual({});
	});
});

describe('readingMinutes', () => {
	it('is words over 200, rounded, never under one', () => {
		expect(readingMinutes('Short.')).toBe(1);
		expect(readingMinutes(Array.from({ length: 700 }, () => 'word').join(' '))).toBe(4);
	});
});

describe('one word count for the reading time, the lint command and the length test', () => {
	const file = 'content/articles/groups-and-help-for-families.mdx';
	const article = readFileSync(join(root, file), 'utf8');
	const words = countWords(textFromMdx(article));

	it('the reading time is that count at 200 words a minute', () => {
		expect(readingMinutes(article)).toBe(Math.max(1, Math.round(words / 200)));
		expect(readingMinutes(article.slice(article.indexOf('\n---', 3) + 4))).toBe(readingMinutes(article));
	});

	it('npm run lint:content reports the same count', () => {
		const result = spawnSync(
			join(root, 'node_modules/.bin/node'),
			[join(root, 'tests/tools/lint-content-cli.ts'), file],
			{ cwd: root, encoding: 'utf8' }
		);
		expect(result.stdout).toContain(`${file}: grade `);
		expect(result.stdout).toContain(`, ${words} words,`);
		expect(result.status, result.stdout + result.stderr).toBe(0);
	});

	it('every article is counted without error', () => {
		for (const name of readdirSync(join(root, 'content/articles')).filter((f) => f.endsWith('.mdx'))) {
			expect(
				countWords(textFromMdx(readFileSync(join(root, 'content/articles', name), 'utf8')))
			).toBeGreaterThan(0);
		}
	});
});
