/**
 * `npm run lint:content [files...]`: the command for the content lint library
 * (content-lint.ts). Checks articles for avoided words and reading grade, prints each one's
 * word count (the same count as its reading time) and description length, and says what to
 * change. Exits 1 on any problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords, frontmatterOf, textFromMdx } from '../../src/lib/mdx-text.ts';
import {
	findAvoidedWords,
	loadWordRules,
	MAX_ARTICLE_GRADE,
	narrationFromMdx,
	readingGrade,
} from './content-lint.ts';

const dir = 'content/articles';
const files = process.argv.slice(2).length
	? process.argv.slice(2)
	: readdirSync(dir)
			.filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
			.map((f) => join(dir, f));
const rules = loadWordRules();
let failed = 0;
for (const file of files) {
	const source = readFileSync(file, 'utf8');
	const narration = narrationFromMdx(source);
	const grade = readingGrade(narration);
	const words = countWords(textFromMdx(source));
	const problems = findAvoidedWords(narration, rules);
	const { description } = frontmatterOf(source);
	const descriptionLength = typeof description === 'string' ? description.length : 0;
	const lines = problems.map((p) => `  avoid "${p.term}" (use: ${p.use}) in: ${p.context}`);
	if (grade > MAX_ARTICLE_GRADE)
		lines.push(
			`  reading grade ${grade.toFixed(1)} is above ${MAX_ARTICLE_GRADE}: use shorter sentences and words`
		);
	console.log(
		`${lines.length ? 'FAIL' : 'ok  '} ${file}: grade ${grade.toFixed(1)}, ${words} words, description ${descriptionLength} chars`
	);
	for (const line of lines) console.log(line);
	if (lines.length) failed++;
}
process.exit(failed ? 1 : 0);
