/**
 * What the tests know about the built site: its pages (from the sitemap the build wrote), and
 * where it is served. Page-wide checks iterate over these, so new pages are covered without
 * anyone remembering to add them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export const ROOT = new URL('../../../', import.meta.url).pathname;
export const DIST = join(ROOT, 'dist');
export const SUBPATH_DIST = join(ROOT, 'tests/.output/subpath');
/** Where tests/playwright.config.ts serves the sub-path build (a free port it chose). */
export const SUBPATH_ORIGIN = `http://127.0.0.1:${process.env.TEST_SUBPATH_PORT}`;
export const SUBPATH_BASE = '/recovery/';

const xml = new XMLParser();

function locs(file: string, key: 'sitemapindex' | 'urlset'): string[] {
	const doc = xml.parse(readFileSync(file, 'utf8'));
	const items = key === 'sitemapindex' ? doc.sitemapindex.sitemap : doc.urlset.url;
	return [items].flat().map((item: { loc: string }) => item.loc);
}

/** Absolute URLs listed in a build's sitemap, as the build wrote them. */
export function sitemapUrls(dist = DIST): string[] {
	const index = join(dist, 'sitemap-index.xml');
	if (!existsSync(index)) throw new Error(`No sitemap at ${index}: run the build first`);
	return locs(index, 'sitemapindex').flatMap((sitemap) =>
		locs(join(dist, new URL(sitemap).pathname.split('/').pop() ?? ''), 'urlset')
	);
}

/** Each sitemap entry's hreflang alternates (`<xhtml:link>`), as paths by language, keyed by its path. */
export function sitemapAlternates(dist = DIST): Map<string, Record<string, string>> {
	const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
	const index = xml.parse(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'));
	const entries = [index.sitemapindex.sitemap].flat().flatMap((sitemap: { loc: string }) => {
		const file = join(dist, new URL(sitemap.loc).pathname.split('/').pop() ?? '');
		return [parser.parse(readFileSync(file, 'utf8')).urlset.url].flat();
	}) as {
		loc: string;
		'xhtml:link'?: { hreflang: string; href: string }[] | { hreflang: string; href: string };
	}[];
	return new Map(
		entries.map((entry) => [
			new URL(entry.loc).pathname,
			Object.fromEntries(
				[entry['xhtml:link'] ?? []].flat().map((link) => [link.hreflang, new URL(link.href).pathname])
			),
		])
	);
}

/** Paths (with base) of every page in the sitemap. */
export function sitemapPaths(dist = DIST): string[] {
	return sitemapUrls(dist).map((url) => new URL(url).pathname);
}

/** Every page a reader can land on: the sitemap plus the 404 page. */
export function allPages(): string[] {
	return [...sitemapPaths(), '/this-page-does-not-exist/'];
}

/**
 * The address (base `/`) of an English page in `locale`, as the build's hreflang alternate of
 * that page gives it; throws when the page has no pair in that language.
 */
export function pageIn(locale: string, englishPath: string): string {
	if (locale === 'en') return englishPath;
	const html = readFileSync(htmlFile(englishPath), 'utf8');
	const match = new RegExp(`<link rel="alternate" hreflang="${locale}" href="([^"]+)"`).exec(html);
	if (!match) throw new Error(`${englishPath}: no hreflang="${locale}" alternate in the build`);
	return new URL(match[1]!).pathname;
}

/** Path of the built HTML file for a page path (base `/`). */
export function htmlFile(path: string, dist = DIST): string {
	return join(dist, path, path.endsWith('/') ? 'index.html' : '');
}
