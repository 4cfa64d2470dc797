import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE } from '../config';
import { getArticles } from '../lib/articles';
import { withBase } from '../lib/url';

/** RSS 2.0 feed of every published article. */
export const GET: APIRoute = async ({ site }) => {
	const articles = await getArticles();
	return rss({
		title: SITE.name,
		description: SITE.description,
		site: new URL(withBase('/'), site),
		items: articles.map((article) => ({
			title: article.data.title,
			description: article.data.description,
			pubDate: article.data.published,
			link: withBase(`/articles/${article.id}/`),
			categories: article.data.topics,
		})),
		customData: `<language>${SITE.lang}</language>`,
	});
};
