import type { APIRoute } from 'astro';
import { withBase } from '../lib/url';

/** robots.txt pointing crawlers at the sitemap, with the configured site URL and base. */
export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(withBase('/sitemap-index.xml'), site);
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
