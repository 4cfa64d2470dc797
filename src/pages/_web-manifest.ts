// Shared by the manifest routes of both languages (Astro builds no page from a file starting with _).
import { configFor } from '../config';
import { words, type Locale } from '../i18n';
import { hrefsIn } from '../lib/localized';
import { webManifest } from '../lib/web-manifest';

/** The web app manifest of a language, as a response. */
export async function manifestResponse(locale: Locale): Promise<Response> {
	const { site } = configFor(locale);
	const t = words(locale);
	const href = await hrefsIn(locale);
	const manifest = webManifest({
		name: site.name,
		shortName: t.site.appName,
		description: site.description,
		lang: site.lang,
		home: href('/'),
		shortcuts: [
			{ name: t.nav.getHelp, url: href('/get-help/') },
			{ name: t.circle.title, url: href('/my-circle/') },
		],
	});
	return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
}
