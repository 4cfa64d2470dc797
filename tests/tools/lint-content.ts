/**
 * `npm run lint:content [files...]`: check articles for avoided words, reading grade and
 * description length, and print what to change. Exits 1 on any problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { findAvoidedWords, loadWordRules, readingGrade, textFromMdx } from './content-lint.ts';

import { MAX_ARTICLE_GRADE } from './content-lint.ts';

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
	const text = textFromMdx(source);
	const grade = readingGrade(text);
	const words = text.split(/\s+/).filter(Boolean).length;
	const problems = findAvoidedWords(text, rules);
	const front = parseYaml(source.split('---')[1] ?? '') as { description?: string };
	const lines = problems.map((p) => `  avoid "${p.term}" (use: ${p.use}) in: ${p.context}`);
	if (grade > MAX_ARTICLE_GRADE)
		lines.push(
			`  reading grade ${grade.toFixed(1)} is above ${MAX_ARTICLE_GRADE}: use shorter sentences and words`
		);
	console.log(
		`${lines.length ? 'FAIL' : 'ok  '} ${file}: grade ${grade.toFixed(1)}, ${words} words, description ${front.description?.length ?? 0} chars`
	);
	for (const line of lines) console.log(line);
	if (lines.length) failed++;
}
process.exit(failed ? 1 : 0);
