import type { APIRoute, GetStaticPaths } from 'astro';
import { configFor } from '../../config';
import { LOCALES, words, type Locale } from '../../i18n';
import { getArticles } from '../../lib/articles';
import { getSupportTypes } from '../../lib/directory';
import { renderShareImage, type ShareImage } from '../../lib/share-image';
import { shareImagePath } from '../../lib/share-image-path';

/** Every share image in every language: the site's, and one for each article and support type. */
export const getStaticPaths: GetStaticPaths = async () => {
	const images = await Promise.all(
		(Object.keys(LOCALES) as Locale[]).map(async (locale) => {
			const { site } = configFor(locale);
			const label = words(locale).pages.shareImage;
			const image = (path: string, props: ShareImage) => ({
				// The route adds /og/ and .png around the parameter.
				params: { image: path.slice('/og/'.length, -'.png'.length) },
				props: { image: props },
			});
			return [
				image(shareImagePath(locale, { kind: 'site' }), {
					title: site.tagline,
					label: site.name,
					siteName: label.site,
				}),
				...(await getArticles(locale)).map((article) =>
					image(shareImagePath(locale, { kind: 'articles', id: article.id }), {
						title: article.data.title,
						label: label.article,
						siteName: site.name,
					})
				),
				...(await getSupportTypes(locale)).map((type) =>
					image(shareImagePath(locale, { kind: 'directory', id: type.id }), {
						title: type.data.name,
						label: label.supportType,
						siteName: site.name,
					})
				),
			];
		})
	);
	return images.flat();
};

/** A 1200×630 share image, drawn at build from the page's title in its language. */
export const GET: APIRoute = async ({ props }) => {
	const png = await renderShareImage((props as { image: ShareImage }).image);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
