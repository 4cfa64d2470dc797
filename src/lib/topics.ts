import { getCollection } from 'astro:content';
import { getArticles } from './articles';

/** Topics in file order, each with its published articles (newest first). */
export async function getTopicsWithArticles() {
	const [topics, articles] = await Promise.all([getCollection('topics'), getArticles()]);
	return topics.map((topic) => ({
		topic,
		articles: articles.filter((a) => a.data.topics.includes(topic.id)),
	}));
}
