/**
 * Pages grouped by what they share, so that a check that can only find the same thing again is
 * spent once per group, and a new route or a new page chrome is covered the day it appears:
 * - the route that renders a page (BaseLayout writes it as <html data-route>): the layout at a
 *   second width is the same on every page of a route;
 * - the page's chrome (everything around <main>: skip link, header, footer, call bar) with the
 *   site's CSS: axe finds the same thing in the same markup with the same styles.
 */
import { readFileSync } from 'node:fs';
import { pageWords, siteScriptWords, withoutUnusedRules } from '../../../src/integrations/unused-css';

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

/** The words of each build's scripts, read once. */
const scriptWordsOf = new Map<string, Set<string>>();
function scriptWordsIn(dist: string): Set<string> {
	if (!scriptWordsOf.has(dist)) scriptWordsOf.set(dist, siteScriptWords(dist));
	return scriptWordsOf.get(dist)!;
}

/**
 * The chrome of a built page: everything in <body> but <main>, link addresses left out (no check
 * reads them), with the page's styles that can apply to it. Each page carries only the CSS its
 * own classes can use (src/integrations/unused-css.ts), so the rules are narrowed once more, to
 * the chrome's classes and the scripts': pages with the same chrome then compare equal unless
 * their styles differ where the chrome is concerned.
 */
export function chromeOf(file: string, dist: string): string {
	const html = readFileSync(file, 'utf8');
	const body = html.slice(html.indexOf('<body'));
	const outside = body
		.replace(/<main[\s>][\s\S]*<\/main>/, '<main></main>')
		.replace(/\shref="[^"]*"/g, ' href');
	if (outside === body) throw new Error(`${file}: no <main> in <body>`);
	const words = new Set([...pageWords(outside), ...scriptWordsIn(dist)]);
	const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
		.map((m) => withoutUnusedRules(m[1]!, words))
		.join('');
	return styles + outside;
}

/**
 * The pages where every check runs on the whole page in both themes at both widths: one page per
 * route, and the first page of any chrome those do not already show. On every other page the
 * chrome is the same markup with the same styles as on one of these.
 */
export function fullCheckPages(pages: readonly { path: string; file: string }[], dist: string): Set<string> {
	const full = new Set(onePerRoute(pages));
	const chromes = new Set(pages.filter(({ path }) => full.has(path)).map(({ file }) => chromeOf(file, dist)));
	for (const { path, file } of pages) {
		const chrome = chromeOf(file, dist);
		if (!chromes.has(chrome)) {
			chromes.add(chrome);
			full.add(path);
		}
	}
	return full;
}
