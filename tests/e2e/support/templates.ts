/**
 * Pages grouped by what they share, so that a check that can only find the same thing again is
 * spent once per group, and a new route or a new page chrome is covered the day it appears:
 * - the route that renders a page (BaseLayout writes it as <html data-route>): the layout at a
 *   second width is the same on every page of a route;
 * - the page's chrome (everything around <main>: skip link, header, footer, call bar) with the
 *   site's CSS: axe finds the same thing in the same markup with the same styles.
 */
import { readFileSync } from 'node:fs';

/** The route pattern of a built page (e.g. "/directory/[type]"), read from its HTML file. */
export function routeOf(file: string): string {
	const match = /<html[^>]*\sdata-route="([^"]*)"/.exec(readFileSync(file, 'utf8'));
	if (!match) throw new Error(`${file}: no data-route on <html> (BaseLayout writes it)`);
	return match[1]!;
}

/** One page per route: the first page of each, in the given order. */
export function onePerRoute(pages: readonly { path: string; file: string }[]): string[] {
	const seen = new Set<string>();
	return pages
		.filter(({ file }) => {
			const route = routeOf(file);
			if (seen.has(route)) return false;
			seen.add(route);
			return true;
		})
		.map(({ path }) => path);
}

/** The chrome of a built page: its styles and everything in <body> but <main>, link addresses left out (no check reads them). */
export function chromeOf(file: string): string {
	const html = readFileSync(file, 'utf8');
	const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
	const body = html.slice(html.indexOf('<body'));
	const outside = body
		.replace(/<main[\s>][\s\S]*<\/main>/, '<main></main>')
		.replace(/\shref="[^"]*"/g, ' href');
	if (outside === body) throw new Error(`${file}: no <main> in <body>`);
	return styles + outside;
}

/**
 * The pages where every check runs on the whole page in both themes at both widths: one page per
 * route, and the first page of any chrome those do not already show. On every other page the
 * chrome is the same markup with the same styles as on one of these.
 */
export function fullCheckPages(pages: readonly { path: string; file: string }[]): Set<string> {
	const full = new Set(onePerRoute(pages));
	const chromes = new Set(pages.filter(({ path }) => full.has(path)).map(({ file }) => chromeOf(file)));
	for (const { path, file } of pages) {
		const chrome = chromeOf(file);
		if (!chromes.has(chrome)) {
			chromes.add(chrome);
			full.add(path);
		}
	}
	return full;
}
