import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../config';
import { DEFAULT_LOCALE, words } from '../../../i18n';
import { getSupportTypes, type SupportType } from '../../../lib/directory';
import { renderShareImage } from '../../../lib/share-image';

export const getStaticPaths: GetStaticPaths = async () =>
	(await getSupportTypes()).map((type) => ({ params: { type: type.id }, props: { type } }));

/** Share image for one support type, generated at build from its name. */
export const GET: APIRoute = async ({ props }) => {
	const { type } = props as { type: SupportType };
	const png = await renderShareImage({
		title: type.data.name,
		label: words(DEFAULT_LOCALE).pages.shareImage.supportType,
		siteName: SITE.name,
	});
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
