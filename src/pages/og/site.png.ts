import type { APIRoute } from 'astro';
import { SITE } from '../../config';
import { DEFAULT_LOCALE, words } from '../../i18n';
import { renderShareImage } from '../../lib/share-image';

/** The share image for every page without one of its own. */
export const GET: APIRoute = async () => {
	const png = await renderShareImage({
		title: SITE.tagline,
		label: SITE.name,
		siteName: words(DEFAULT_LOCALE).pages.shareImage.site,
	});
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
