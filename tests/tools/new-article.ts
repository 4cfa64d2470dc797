/**
 * `npm run new:article -- "Title of the article"`: creates content/articles/<slug>.mdx with
 * valid frontmatter, marked as a draft so it stays out of the site until you are ready.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export function slugify(title: string): string {
	return title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.split('-')
		.slice(0, 8)
		.join('-');
}

const title = process.argv.slice(2).join(' ').trim();
if (title.length < 10 || title.length > 90) {
	console.error('Usage: npm run new:article -- "A title of 10 to 90 characters"');
	process.exit(1);
}
const slug = slugify(title);
const file = join('content', 'articles', `${slug}.mdx`);
if (existsSync(file)) {
	console.error(`${file} already exists. Choose another title, or edit that file.`);
	process.exit(1);
}
const topics = (parse(readFileSync('content/topics.yaml', 'utf8')) as { id: string }[]).map((t) => t.id);
const today = new Date().toISOString().slice(0, 10);

writeFileSync(
	file,
	`---
title: ${JSON.stringify(title)}
description: Replace this with one or two sentences, 70 to 160 characters, saying what the reader will get.
published: ${today}
audiences: [in-recovery] # in-recovery, family
topics: [${topics[0]}] # ${topics.join(', ')}
relatedArticles: [] # other article file names, without .mdx
supportTypes: [] # file names in content/directory/support-types, without .yaml
sources:
  - title: Replace with the title of a real source you have read
    url: https://www.samhsa.gov/find-help/national-helpline
    supports: Replace with what this source supports in the article
  - title: Replace with a second source
    url: https://www.samhsa.gov/find-help/national-helpline
    supports: Replace with what this source supports in the article
draft: true # remove this line when the article is ready to publish
---

Start with the main point, in plain words, speaking to the reader as "you".

<KeyPoints>
- The first thing to remember.
- The second thing to remember.
</KeyPoints>

## A helpful heading

Write short paragraphs, one idea each.
`
);
console.log(`Created ${file} (a draft). Preview it with: npm run dev`);
