/**
 * A synthetic copy of the project with N generated articles, for build and search benchmarks.
 * The copy lives in a temporary folder and shares node_modules; the real content is untouched.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = new URL('../../', import.meta.url).pathname;
/** Astro's CLI, run with this process's Node (22, from the project) rather than the PATH's. */
export const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

// A fixed pseudo-random sequence, so every run builds the same corpus.
function random(seed: number) {
	let s = seed;
	return () => (s = (s * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
}

const WORDS = (
	'people recovery support group meeting family friend sponsor trust connection lonely time week call ' +
	'talk listen help hope change habit morning evening phone coffee walk share story step plan day life ' +
	'small patience kind honest home work care safe feel new old circle community peer coach place path'
).split(' ');

function sentence(next: () => number): string {
	const length = 6 + Math.floor(next() * 8);
	const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]!);
	return `${words[0]!.charAt(0).toUpperCase()}${words[0]!.slice(1)} ${words.slice(1).join(' ')}.`;
}

/** The body of one generated article: headings and short paragraphs, about 800 words. */
function body(next: () => number, index: number): string {
	const sections = Array.from({ length: 6 }, (_, s) => {
		const paragraphs = Array.from({ length: 4 }, () =>
			Array.from({ length: 5 }, () => sentence(next)).join(' ')
		);
		return `## Part ${s + 1} of story ${index}\n\n${paragraphs.join('\n\n')}`;
	});
	return sections.join('\n\n');
}

/** Copy the project to a temporary folder and add `count` generated articles. */
export function makeCorpus(count: number): string {
	const dir = mkdtempSync(join(tmpdir(), `tir-corpus-${count}-`));
	for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
	const topics = (parse(readFileSync(join(ROOT, 'content/topics.yaml'), 'utf8')) as { id: string }[]).map(
		(t) => t.id
	);
	const next = random(42);
	for (let i = 1; i <= count; i++) {
		const topic = topics[i % topics.length];
		writeFileSync(
			join(dir, 'content/articles', `generated-article-${i}.mdx`),
			`---
title: "Generated article number ${i} about ${WORDS[i % WORDS.length]}"
description: "A generated article for benchmarks, number ${i}, about ${WORDS[(i * 7) % WORDS.length]} and ${WORDS[(i * 11) % WORDS.length]} in recovery."
published: 2026-01-${String((i % 28) + 1).padStart(2, '0')}
audiences: [${i % 2 ? 'in-recovery' : 'family'}]
topics: [${topic}]
sources:
  - title: SAMHSA National Helpline
    url: https://www.samhsa.gov/find-help/national-helpline
---

${body(next, i)}
`
		);
	}
	return dir;
}

/** Total size in bytes and file count of a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		files++;
		bytes += readFileSync(join(entry.parentPath, entry.name)).length;
	}
	return { bytes, files };
}
