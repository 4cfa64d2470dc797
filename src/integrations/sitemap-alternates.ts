import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** One page's alternate in another language, as @astrojs/sitemap writes it (`<xhtml:link>`). */
export interface Alternate {
	lang: string;
	url: string;
}

/** The attributes of each `<link>` in the head of an HTML page. */
function headLinks(html: string): Record<string, string>[] {
	const head = html.slice(0, html.indexOf('</head>'));
	return [...head.matchAll(/<link\b([^>]*)>/g)].map(([, attributes]) =>
		Object.fromEntries(
			[...attributes!.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!])
		)
	);
}

/** A page's canonical address and its hreflang alternates (x-default included), from its head. */
export function pageAlternates(html: string): { canonical?: string; alternates: Alternate[] } {
	const links = headLinks(html);
	const canonical = links.find((link) => link.rel === 'canonical')?.href;
	const alternates = links
		.filter((link) => link.rel === 'alternate' && link.hreflang && link.href)
		.map((link) => ({ lang: link.hreflang!, url: link.href! }));
	return { canonical, alternates };
}

/**
 * The sitemap carries each page's language alternates. The English and Spanish addresses differ
 * (`/about/`, `/es/acerca-de/`), which @astrojs/sitemap's own i18n option cannot pair, so the
 * alternates are read from what each built page declares in its head: the sitemap and the pages
 * can never disagree. Put `integration` before sitemap() (build hooks run in order) and pass
 * `serialize` to it.
 */
export function sitemapAlternates() {
	const byUrl = new Map<string, Alternate[]>();
	const integration: AstroIntegration = {
		name: 'together-in-recovery:sitemap-alternates',
		hooks: {
			'astro:build:done': async ({ dir, pages }) => {
				const root = fileURLToPath(dir);
				await Promise.all(
					pages.map(async ({ pathname }) => {
						if (pathname !== '' && !pathname.endsWith('/')) return;
						const html = await readFile(`${root}${pathname}index.html`, 'utf8').catch(() => undefined);
						if (!html) return;
						const { canonical, alternates } = pageAlternates(html);
						if (canonical && alternates.length) byUrl.set(canonical, alternates);
					})
				);
			},
		},
	};
	/** @astrojs/sitemap's `serialize`: the item with its page's alternates. */
	const serialize = <Item extends { url: string }>(item: Item): Item =>
		byUrl.has(item.url) ? { ...item, links: byUrl.get(item.url) } : item;
	return { integration, serialize };
}
