import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import {
	findAvoidedWords,
	loadWordRules,
	MAX_HELP_GRADE,
	readingGrade,
	textFromHtml,
} from '../tools/content-lint';
import { LOCALES } from '../../src/i18n/locales';
import { SEGMENTS_ES } from '../../src/i18n/routes';
import { htmlFile, sitemapPaths } from './support/site';

const rules = loadWordRules();
const paths = sitemapPaths();
const articlePaths = paths.filter((p) => /^\/articles\/[^/]+\/$/.test(p) && !p.startsWith('/articles/for/'));

test('no page uses an avoided word in our own narration', () => {
	const problems = paths.flatMap((path) =>
		findAvoidedWords(textFromHtml(readFileSync(htmlFile(path), 'utf8')), rules).map(
			(p) => `${path}: "${p.term}" (use: ${p.use}) in: ${p.context}`
		)
	);
	expect(problems).toEqual([]);
});

test(`the get-help page reads at grade ${MAX_HELP_GRADE} or lower`, () => {
	const text = textFromHtml(readFileSync(htmlFile('/get-help/'), 'utf8'));
	expect(text.length).toBeGreaterThan(1000);
	expect(readingGrade(text)).toBeLessThanOrEqual(MAX_HELP_GRADE);
});

/** Clicks from the home page to each page, following the links a reader sees (breadth first). */
function clicksFromHome(): Map<string, number> {
	const clicks = new Map([['/', 0]]);
	const queue = ['/'];
	while (queue.length) {
		const from = queue.shift()!;
		for (const a of parse(readFileSync(htmlFile(from), 'utf8')).querySelectorAll('a[href]')) {
			const url = new URL(a.getAttribute('href')!, `http://site${from}`);
			if (url.origin !== 'http://site' || clicks.has(url.pathname) || !paths.includes(url.pathname)) continue;
			clicks.set(url.pathname, clicks.get(from)! + 1);
			queue.push(url.pathname);
		}
	}
	return clicks;
}

// Every article must have a topic (the schema), but nothing forces a page to be reachable: a new
// topic, hub or support type page can be left out of every list. Three clicks leave room to grow.
test('every page in the sitemap can be reached from the home page in three clicks or fewer', () => {
	expect(articlePaths.length).toBeGreaterThanOrEqual(12);
	const clicks = clicksFromHome();
	const far = paths
		.filter((p) => (clicks.get(p) ?? Infinity) > 3)
		.map((p) => `${p}: ${clicks.has(p) ? `${clicks.get(p)} clicks` : 'no path from the home page'}`);
	expect(far).toEqual([]);
});

/** Each language's feed and its articles' addresses, from the routes table. */
const feeds = [
	{ locale: 'en', feed: '/rss.xml', articles: articlePaths },
	{
		locale: 'es',
		feed: `/es/${SEGMENTS_ES['rss.xml']}`,
		articles: paths.filter((p) =>
			new RegExp(`^/es/${SEGMENTS_ES.articles}/(?!${SEGMENTS_ES.for}/)[^/]+/$`).test(p)
		),
	},
] as const;

for (const { locale, feed: address, articles } of feeds) {
	test(`the ${locale} RSS feed is valid RSS 2.0 and lists every published article in its language`, async ({
		request,
	}) => {
		expect(articles.length).toBeGreaterThan(10);
		const response = await request.get(address);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toMatch(/xml/);
		const feed = new XMLParser({ ignoreAttributes: false }).parse(await response.text());
		expect(feed.rss['@_version']).toBe('2.0');
		const channel = feed.rss.channel;
		for (const field of ['title', 'link', 'description']) expect(channel[field], field).toBeTruthy();
		expect(channel.language).toBe(LOCALES[locale].lang);
		const items = [channel.item].flat();
		for (const item of items) {
			expect(item.title).toBeTruthy();
			expect(item.description).toBeTruthy();
			expect(new Date(item.pubDate).toString()).not.toBe('Invalid Date');
			expect(item.guid).toBeTruthy();
		}
		const links = items.map((i: { link: string }) => new URL(i.link).pathname).sort();
		expect(links).toEqual([...articles].sort());
	});
}

test('each article page has Article and BreadcrumbList structured data and its sources', () => {
	for (const path of articlePaths) {
		const doc = parse(readFileSync(htmlFile(path), 'utf8'));
		const types = doc
			.querySelectorAll('script[type="application/ld+json"]')
			.map((s) => (JSON.parse(s.text) as { '@type': string })['@type']);
		expect(types, path).toEqual(expect.arrayContaining(['Organization', 'Article', 'BreadcrumbList']));
		expect(doc.querySelectorAll('#sources ~ ul a[href^="https://"]').length, path).toBeGreaterThan(0);
		expect(doc.querySelector('time[datetime]'), path).not.toBeNull();
		expect(doc.querySelector('main')?.text, path).toMatch(/\d+ min read/);
	}
});
