import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import postcss from 'postcss';
import { localeOfPath } from '../../src/i18n/routes';
import { canMatch, pageWords, siteScriptWords } from '../../src/integrations/unused-css';
import { shareImagePath } from '../../src/lib/share-image-path';
import { pageWithOwnHashes } from '../../src/integrations/csp-hashes';
import { DIST, sitemapPaths, sitemapUrls, SUBPATH_BASE, SUBPATH_DIST } from './support/site';

/** Every HTML file a build wrote, as page paths ('/about/', '/404.html'). */
function builtPages(dist: string): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : walk(full);
			return name.endsWith('.html') ? [full] : [];
		});
	return walk(dist).map((file) => `/${relative(dist, file)}`.replace(/index\.html$/, ''));
}

const isNoindex = (dist: string, path: string) =>
	/<meta name="robots" content="noindex"/.test(
		readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8')
	);

test('every built page is valid HTML', async () => {
	const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
	const problems: string[] = [];
	for (const path of builtPages(DIST)) {
		const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
		const report = await validator.validateFile(file);
		for (const result of report.results) {
			for (const m of result.messages)
				problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
	}
	expect(problems).toEqual([]);
});

test('the sitemap lists exactly the indexable pages, at the configured site URL', () => {
	const indexable = builtPages(DIST)
		.filter((p) => !isNoindex(DIST, p))
		.sort();
	expect(indexable).not.toContain('/404.html');
	expect([...sitemapPaths()].sort()).toEqual(indexable);
	const origins = new Set(sitemapUrls().map((u) => new URL(u).origin));
	expect([...origins]).toEqual([process.env.SITE_URL || 'http://localhost:4321']);
});

test('the sub-path build lists its pages under the base path', () => {
	const indexable = builtPages(SUBPATH_DIST)
		.filter((p) => !isNoindex(SUBPATH_DIST, p))
		.map((p) => `${SUBPATH_BASE}${p.slice(1)}`)
		.sort();
	expect([...sitemapPaths(SUBPATH_DIST)].sort()).toEqual(indexable);
});

const expectedTypes = (path: string): string[] => {
	if (/^\/articles\/[^/]+\/$/.test(path) && !path.startsWith('/articles/for/'))
		return ['Organization', 'Article', 'BreadcrumbList'];
	if (/^\/directory\/(?!category\/|print\/)[^/]+\/$/.test(path)) return ['Organization', 'BreadcrumbList'];
	return ['Organization'];
};

test('structured data on every page parses as JSON-LD with the expected types', () => {
	for (const path of [...sitemapPaths(), '/404.html']) {
		const html = readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
		const blocks = parse(html)
			.querySelectorAll('script[type="application/ld+json"]')
			.map((s) => JSON.parse(s.text) as { '@context': string; '@type': string });
		for (const block of blocks) expect(block['@context'], path).toBe('https://schema.org');
		const types = blocks.map((b) => b['@type']);
		expect(types, path).toEqual(expect.arrayContaining(expectedTypes(path)));
		if (path.startsWith('/directory/') && blocks.some((b) => b['@type'] === 'ItemList')) {
			const list = blocks.find((b) => b['@type'] === 'ItemList') as unknown as {
				itemListElement: { item: { '@type': string; url: string } }[];
			};
			for (const entry of list.itemListElement) {
				expect(entry.item['@type']).toBe('Organization');
				expect(entry.item.url).toMatch(/^https:\/\//);
			}
		}
	}
});

test('every article and support type has its own share image in its language; other pages use the site image', async ({
	request,
}) => {
	const images = new Set<string>();
	for (const path of sitemapPaths()) {
		const doc = parse(readFileSync(join(DIST, `${path}index.html`), 'utf8'));
		const image = doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
		const locale = localeOfPath(path);
		// Share images are named after the English page (its alternate, or the page itself).
		const english = doc.querySelector('link[rel="alternate"][hreflang="en"]')?.getAttribute('href');
		const englishPath = english ? new URL(english).pathname : path;
		const article = englishPath.match(/^\/articles\/([^/]+)\/$/);
		const type = englishPath.match(/^\/directory\/([^/]+)\/$/);
		const own = shareImagePath(
			locale,
			article && article[1] !== 'for'
				? { kind: 'articles', id: article[1]! }
				: type && !['print', 'category'].includes(type[1]!)
					? { kind: 'directory', id: type[1]! }
					: { kind: 'site' }
		);
		expect(new URL(image).pathname, path).toBe(own);
		expect(doc.querySelector('meta[name="twitter:image"]')!.getAttribute('content')).toBe(image);
		images.add(own);
	}
	// Each language's images are its own: the Spanish ones are other pictures (their words).
	const bodies = new Map<string, string>();
	for (const own of images) {
		const response = await request.get(own);
		expect(response.status(), own).toBe(200);
		expect(response.headers()['content-type']).toBe('image/png');
		const png = await response.body();
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect(png.readUInt32BE(16)).toBe(1200);
		expect(png.readUInt32BE(20)).toBe(630);
		const key = png.toString('base64');
		expect(bodies.get(key), `${own} is the same picture as ${bodies.get(key)}`).toBeUndefined();
		bodies.set(key, own);
	}
});

test('every text file of the build has brotli and gzip copies that decompress to it', () => {
	const files = builtPages(DIST).map((p) => join(DIST, p.endsWith('/') ? `${p}index.html` : p));
	files.push(join(DIST, 'site.js'), join(DIST, 'sitemap-0.xml'));
	for (const file of files) {
		const original = readFileSync(file);
		expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(original), `${file}.br`).toBe(true);
		expect(gunzipSync(readFileSync(`${file}.gz`)).equals(original), `${file}.gz`).toBe(true);
	}
});

test('the server sends the brotli copy to browsers that accept it', async ({ request }) => {
	const response = await request.get('/get-help/', { headers: { 'Accept-Encoding': 'br' } });
	expect(response.headers()['content-encoding']).toBe('br');
	expect(await response.text()).toContain('<h1');
});

test("each page's inline CSS holds only rules that can match it, in both builds", () => {
	const unmatchable: string[] = [];
	for (const dist of [DIST, SUBPATH_DIST]) {
		const scripts = siteScriptWords(dist);
		for (const path of builtPages(dist)) {
			const html = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
			const words = new Set([...pageWords(html), ...scripts]);
			for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
				postcss.parse(css!).walkRules((rule) => {
					if (!canMatch(rule.selector, words))
						unmatchable.push(`${relative(DIST, dist) || '.'}${path}: ${rule.selector}`);
				});
			}
		}
	}
	expect(unmatchable).toEqual([]);
});

test("each page's policy allows exactly its own inline scripts and stylesheets, in both builds", () => {
	let pages = 0;
	for (const dist of [DIST, SUBPATH_DIST]) {
		for (const path of builtPages(dist)) {
			const html = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
			if (!html.includes('http-equiv="content-security-policy"')) continue;
			pages++;
			// The build step's result: applying it again changes nothing.
			expect(pageWithOwnHashes(html) === html, `${relative(DIST, dist) || '.'}${path}`).toBe(true);
		}
	}
	expect(pages).toBeGreaterThan(sitemapPaths().length);
});
