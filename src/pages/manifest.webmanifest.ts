import type { APIRoute } from 'astro';
import { SITE } from '../config';
import { DEFAULT_LOCALE, words } from '../i18n';
import { withBase } from '../lib/url';
import { APP_ICONS } from '../lib/app-icon';

const t = words(DEFAULT_LOCALE);

/** Web app manifest, generated so its paths follow the configured base. */
export const GET: APIRoute = () =>
	new Response(
		JSON.stringify({
			id: withBase('/'),
			name: SITE.name,
			short_name: 'Together',
			description: SITE.description,
			lang: SITE.lang,
			start_url: withBase('/'),
			scope: withBase('/'),
			display: 'standalone',
			background_color: '#fbfaf7',
			theme_color: '#0d5c6b',
			icons: [
				{ src: withBase('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
				...APP_ICONS.map(({ icon, size, maskable }) => ({
					src: withBase(`/icons/${icon}.png`),
					sizes: `${size}x${size}`,
					type: 'image/png',
					purpose: maskable ? 'maskable' : 'any',
				})),
			],
			shortcuts: [
				{ name: t.nav.getHelp, url: withBase('/get-help/') },
				{ name: t.circle.title, url: withBase('/my-circle/') },
			],
		}),
		{ headers: { 'Content-Type': 'application/manifest+json' } }
	);
