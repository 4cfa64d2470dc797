import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../../../config';
import { DEFAULT_LOCALE, words } from '../../../i18n';
import { getArticles, type Article } from '../../../lib/articles';
import { renderShareImage } from '../../../lib/share-image';

export const getStaticPaths: GetStaticPaths = async () =>
	(await getArticles()).map((article) => ({ params: { slug: article.id }, props: { article } }));

/** Share image for one article, generated at build from its title. */
export const GET: APIRoute = async ({ props }) => {
	const { article } = props as { article: Article };
	const png = await renderShareImage({
		title: article.data.title,
		label: words(DEFAULT_LOCALE).pages.shareImage.article,
		siteName: SITE.name,
	});
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
