import type { APIRoute } from 'astro';
import { SITE } from '../config';
import { withBase } from '../lib/url';

/** Web app manifest, generated so its paths follow the configured base. */
export const GET: APIRoute = () =>
	new Response(
		JSON.stringify({
			name: SITE.name,
			short_name: 'Together',
			description: SITE.description,
			start_url: withBase('/'),
			scope: withBase('/'),
			display: 'standalone',
			background_color: '#fbfaf7',
			theme_color: '#0d5c6b',
			icons: [{ src: withBase('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' }],
		}),
		{ headers: { 'Content-Type': 'application/manifest+json' } }
	);
