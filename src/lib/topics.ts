import { getCollection } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { getArticles } from './articles';
import { topicsIn } from './localized';

/** Topics in file order, in `locale`'s words, each with its published articles (newest first). */
export async function getTopicsWithArticles(locale: Locale = DEFAULT_LOCALE) {
	const [topics, articles] = await Promise.all([getCollection('topics'), getArticles(locale)]);
	return (await topicsIn(locale, topics)).map((topic) => ({
		topic,
		articles: articles.filter((a) => a.data.topics.includes(topic.id)),
	}));
}
