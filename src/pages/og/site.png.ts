import type { APIRoute } from 'astro';
import { SITE } from '../../config';
import { renderShareImage } from '../../lib/share-image';

/** The share image for every page without one of its own. */
export const GET: APIRoute = async () => {
	const png = await renderShareImage({
		title: SITE.tagline,
		label: SITE.name,
		siteName: 'Plain-language help for recovery and families',
	});
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
