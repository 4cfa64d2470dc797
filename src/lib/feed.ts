/**
 * The RSS 2.0 feed of every published article in one language (/rss.xml in English,
 * /es/rss.xml in Spanish), with links to the articles in that language.
 */
import rss from '@astrojs/rss';
import { configFor } from '../config';
import type { Locale } from '../i18n';
import { getArticles } from './articles';
import { hrefsIn } from './localized';

export async function articleFeed(locale: Locale, site: URL | undefined): Promise<Response> {
	const { site: words } = configFor(locale);
	const href = await hrefsIn(locale);
	const articles = await getArticles(locale);
	return rss({
		title: words.name,
		description: words.description,
		site: new URL(href('/'), site),
		items: articles.map((article) => ({
			title: article.data.title,
			description: article.data.description,
			pubDate: article.data.published,
			link: href(`/articles/${article.id}/`),
			categories: article.data.topics,
		})),
		customData: `<language>${words.lang}</language>`,
	});
}
