/**
 * Pages grouped by the route that renders them (BaseLayout writes it as <html data-route>).
 * Checks that find the same thing on every page of a route, such as the layout at a second
 * width, run on one page per route, so a new route is covered the day it appears.
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
