import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textFromMdx } from '../../src/lib/mdx-text';
import {
	linksToOverdoseArticle,
	OVERDOSE_ARTICLE,
	OVERDOSE_TRIGGERS,
	repeatedSentences,
	sentences,
} from '../tools/content-rules';

const dir = 'content/articles';
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx') && !f.startsWith('_'));
const mdx = Object.fromEntries(
	files.map((f) => [f.replace(/\.mdx$/, ''), readFileSync(join(dir, f), 'utf8')])
);
const texts = Object.fromEntries(Object.entries(mdx).map(([slug, source]) => [slug, textFromMdx(source)]));

describe('rules across articles, on examples', () => {
	it('finds a sentence of eight or more words shared by two articles, ignoring case and punctuation', () => {
		const repeated = repeatedSentences({
			a: 'You are not alone. Recovery is easier with people who understand you.',
			b: 'RECOVERY is easier with people who understand you! Short one.',
			c: 'Nothing shared here at all, not even one long sentence.',
		});
		expect(repeated).toEqual([
			{ sentence: 'recovery is easier with people who understand you', articles: ['a', 'b'] },
		]);
	});
	it('lets short sentences repeat', () => {
		expect(sentences('Call 911 now. You matter.')).toEqual([]);
	});
	it('knows what mentions overdose, a return to use or leaving treatment', () => {
		for (const text of ['She overdosed.', 'after a return to use', 'when you leave treatment', 'a relapse'])
			expect(text).toMatch(OVERDOSE_TRIGGERS);
		expect('treatment works').not.toMatch(OVERDOSE_TRIGGERS);
	});
});

describe('the articles', () => {
	it(`the overdose article exists`, () => {
		expect(Object.keys(mdx)).toContain(OVERDOSE_ARTICLE);
	});

	it('say each sentence of eight or more words in one article only', () => {
		expect(repeatedSentences(texts)).toEqual([]);
	});

	it('link to the overdose article wherever overdose, a return to use or leaving treatment comes up', () => {
		const missing = Object.entries(texts)
			.filter(([slug, text]) => OVERDOSE_TRIGGERS.test(text) && !linksToOverdoseArticle(slug, mdx[slug]!))
			.map(([slug, text]) => `${slug}: "${text.match(OVERDOSE_TRIGGERS)![0]}"`);
		expect(missing).toEqual([]);
	});
});
