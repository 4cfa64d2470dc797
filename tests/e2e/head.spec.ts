import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { HELPLINE } from '../../src/config';
import { ENGLISH_ONLY } from '../../src/i18n/routes';
import { htmlFile, sitemapAlternates, sitemapPaths, sitemapUrls } from './support/site';

const pages = sitemapPaths().map((path) => ({ path, doc: parse(readFileSync(htmlFile(path), 'utf8')) }));

test('every page has a unique title and a unique description', () => {
	const titles = new Map<string, string>();
	const descriptions = new Map<string, string>();
	for (const { path, doc } of pages) {
		const title = doc.querySelector('title')?.text.trim() ?? '';
		const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
		expect(title, `${path} title`).not.toBe('');
		expect(description.length, `${path} description`).toBeGreaterThanOrEqual(50);
		expect(titles.get(title), `title "${title}" of ${path}`).toBeUndefined();
		expect(descriptions.get(description), `description of ${path}`).toBeUndefined();
		titles.set(title, path);
		descriptions.set(description, path);
	}
});

test('every page has canonical, Open Graph and Twitter tags for its own address', () => {
	for (const { path, doc } of pages) {
		const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
		expect(canonical && new URL(canonical).pathname, path).toBe(path);
		expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(canonical);
		for (const selector of ['og:title', 'og:description', 'og:image', 'og:type']) {
			expect(doc.querySelector(`meta[property="${selector}"]`), `${path} ${selector}`).not.toBeNull();
		}
		expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe(
			'summary_large_image'
		);
		expect(doc.querySelector('html')?.getAttribute('lang'), path).toBe(path.startsWith('/es/') ? 'es' : 'en');
	}
});

test('pages in both languages name each other as alternates, with English as x-default, and switch to each other; the sitemap carries the same alternates', () => {
	const byPath = new Map(pages.map((p) => [p.path, p.doc]));
	const inSitemap = sitemapAlternates();
	const alternates = (doc: (typeof pages)[number]['doc']) =>
		Object.fromEntries(
			doc
				.querySelectorAll('link[rel="alternate"][hreflang]')
				.filter((l) => !l.getAttribute('type')) // not the feed
				.map((l) => [l.getAttribute('hreflang')!, new URL(l.getAttribute('href')!).pathname])
		);
	let pairs = 0;
	for (const { path, doc } of pages) {
		const own = alternates(doc);
		const lang = path.startsWith('/es/') ? 'es' : 'en';
		const other = lang === 'es' ? 'en' : 'es';
		const pair = own[other];
		const link = doc.querySelector('[data-language-switch]');
		expect(inSitemap.get(path) ?? {}, `${path}: the sitemap's alternates are the page's`).toEqual(own);
		if (pair === undefined) {
			expect(link, `${path} has a language switch but no alternate`).toBeNull();
			const reason = Object.keys(ENGLISH_ONLY).find((prefix) => path.startsWith(prefix));
			expect(reason, `${path} has no Spanish pair and is not listed in ENGLISH_ONLY`).toBeDefined();
			continue;
		}
		pairs++;
		expect(own[lang], path).toBe(path);
		expect(own['x-default'], path).toBe(lang === 'en' ? path : pair);
		expect(byPath.has(pair), `${path}: its pair ${pair} is in the sitemap`).toBe(true);
		expect(alternates(byPath.get(pair)!), `${pair} names ${path} back`).toEqual(own);
		expect(link?.getAttribute('href'), path).toBe(pair);
		expect(link?.getAttribute('hreflang'), path).toBe(other);
		expect(link?.getAttribute('lang'), path).toBe(other);
	}
	expect(pairs).toBeGreaterThan(0);
});

test("every JSON-LD article and list says the page's language", () => {
	let works = 0;
	for (const { path, doc } of pages) {
		const lang = doc.querySelector('html')?.getAttribute('lang');
		for (const block of doc.querySelectorAll('script[type="application/ld+json"]')) {
			const ld = JSON.parse(block.text) as { '@type': string; inLanguage?: string };
			if (!['Article', 'ItemList'].includes(ld['@type'])) continue;
			works++;
			expect(ld.inLanguage, `${path}: ${ld['@type']}`).toBe(lang);
		}
	}
	expect(works).toBeGreaterThan(0);
});

test('every page carries the publisher as JSON-LD Organization with the helpline ContactPoint', () => {
	for (const { path, doc } of pages) {
		const blocks = doc
			.querySelectorAll('script[type="application/ld+json"]')
			.map((s) => JSON.parse(s.text) as { '@type': string; contactPoint: { telephone: string }[] });
		const org = blocks.find((b) => b['@type'] === 'Organization');
		expect(org, path).toBeDefined();
		expect(org!.contactPoint[0].telephone).toBe(HELPLINE.call.e164);
	}
});

test('robots.txt allows crawling and points to the sitemap at the configured site URL', async ({
	request,
}) => {
	const body = await (await request.get('/robots.txt')).text();
	const site = new URL(sitemapUrls()[0]!).origin;
	expect(body).toMatch(/User-agent: \*/);
	expect(body).toContain(`Sitemap: ${site}/sitemap-index.xml`);
});

test('the sitemap lists the indexable pages and not the 404 page', () => {
	const paths = sitemapPaths();
	for (const expected of ['/', '/get-help/', '/about/', '/privacy/']) expect(paths).toContain(expected);
	expect(paths.some((p) => p.includes('404'))).toBe(false);
});
