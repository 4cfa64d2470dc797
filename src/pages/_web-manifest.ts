// Shared by the manifest routes of both languages (Astro builds no page from a file starting with _).
import { configFor } from '../config';
import { words, type Locale } from '../i18n';
import { APP_ICONS } from '../lib/app-icon';
import { hrefsIn } from '../lib/localized';
import { withBase } from '../lib/url';

/**
 * The web app manifest of a language, as a response: each language is its own app (its own `id`
 * and start page), with the same scope, so the service worker serves both.
 */
export async function manifestResponse(locale: Locale): Promise<Response> {
	const { site } = configFor(locale);
	const t = words(locale);
	const href = await hrefsIn(locale);
	const manifest = {
		id: href('/'),
		name: site.name,
		short_name: t.site.appName,
		description: site.description,
		lang: site.lang,
		start_url: href('/'),
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
			{ name: t.nav.getHelp, url: href('/get-help/') },
			{ name: t.circle.title, url: href('/my-circle/') },
		],
	};
	return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
}
