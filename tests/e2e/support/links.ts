import type { APIRequestContext } from '@playwright/test';
import { parse } from 'node-html-parser';

export interface LinkProblem {
	from: string;
	to: string;
	problem: string;
}

const ATTRS: [string, string][] = [
	['a[href]', 'href'],
	['link[href]', 'href'],
	['script[src]', 'src'],
	['img[src]', 'src'],
	['source[srcset]', 'srcset'],
];

/**
 * Crawl from the given pages and check every same-origin link, stylesheet, script and image:
 * it must answer 200, stay under the base path, and any #fragment must exist on its target.
 */
export async function checkInternalLinks(
	request: APIRequestContext,
	origin: string,
	base: string,
	startPaths: string[]
): Promise<{ problems: LinkProblem[]; checked: number }> {
	const problems: LinkProblem[] = [];
	const pages = new Map<string, Promise<{ status: number; ids: Set<string> | null; links: string[] }>>();

	const load = (path: string) => {
		if (!pages.has(path)) {
			pages.set(
				path,
				(async () => {
					const response = await request.get(origin + path, { maxRedirects: 0 });
					const type = response.headers()['content-type'] ?? '';
					if (!type.includes('text/html')) return { status: response.status(), ids: null, links: [] };
					const doc = parse(await response.text());
					const ids = new Set(doc.querySelectorAll('[id]').map((el) => el.id));
					const links = ATTRS.flatMap(([selector, attr]) =>
						doc.querySelectorAll(selector).map((el) => el.getAttribute(attr) ?? '')
					);
					return { status: response.status(), ids, links };
				})()
			);
		}
		return pages.get(path)!;
	};

	const queue = [...startPaths];
	const seen = new Set(queue);
	while (queue.length) {
		const batch = queue.splice(0, 16);
		await Promise.all(
			batch.map(async (from) => {
				const page = await load(from);
				for (const raw of page.links) {
					const url = new URL(raw, origin + from);
					if (url.origin !== origin) continue;
					if (!url.pathname.startsWith(base)) {
						problems.push({ from, to: raw, problem: `outside the base path ${base}` });
						continue;
					}
					const target = await load(url.pathname);
					if (target.status !== 200) {
						problems.push({ from, to: raw, problem: `answers ${target.status}` });
						continue;
					}
					const fragment = decodeURIComponent(url.hash.slice(1));
					if (fragment && target.ids && !target.ids.has(fragment)) {
						problems.push({ from, to: raw, problem: `no element with id "${fragment}"` });
					}
					if (target.ids && !seen.has(url.pathname)) {
						seen.add(url.pathname);
						queue.push(url.pathname);
					}
				}
			})
		);
	}
	return { problems, checked: pages.size };
}
