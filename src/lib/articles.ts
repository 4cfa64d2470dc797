import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { spanishArticles, supportTypesIn, topicsIn } from './localized';

/**
 * An article: the English entry, or in Spanish the English entry with its translation's words
 * (src/lib/localized.ts). Its id is always the English id; links translate it.
 */
export type Article = CollectionEntry<'articles'>;

/** Published articles in `locale` (drafts are left out of every page, feed and index), newest first. */
export async function getArticles(locale: Locale = DEFAULT_LOCALE): Promise<Article[]> {
	if (locale !== DEFAULT_LOCALE) {
		return sortArticles([...(await spanishArticles()).values()].map((a) => a.article));
	}
	const all = await getCollection('articles', ({ data }) => !data.draft);
	return sortArticles(all);
}

/** Newest first by updated-or-published date; featured articles first on ties; then by title. */
export function sortArticles<
	T extends { data: { published: Date; updated?: Date; featured: boolean; title: string } },
>(list: T[]): T[] {
	const when = (a: T) => (a.data.updated ?? a.data.published).getTime();
	return [...list].sort(
		(a, b) =>
			when(b) - when(a) ||
			Number(b.data.featured) - Number(a.data.featured) ||
			a.data.title.localeCompare(b.data.title)
	);
}

/** Published articles among `ids`, in the order given (drafts and untranslated ones dropped). */
export async function publishedArticles(
	ids: readonly string[],
	locale: Locale = DEFAULT_LOCALE
): Promise<Article[]> {
	if (locale !== DEFAULT_LOCALE) {
		const spanish = await spanishArticles();
		return ids.flatMap((id) => spanish.get(id)?.article ?? []);
	}
	const found = await getEntries(ids.map((id) => ({ collection: 'articles' as const, id })));
	return found.filter((a) => !a.data.draft);
}

/** What an article page shows around its text: its topics, related articles and support types. */
export async function articleContext(article: Article, locale: Locale = DEFAULT_LOCALE) {
	const [topics, related, supportTypes] = await Promise.all([
		getEntries(article.data.topics.map((id) => ({ collection: 'topics' as const, id }))),
		publishedArticles(article.data.relatedArticles, locale),
		getEntries(article.data.supportTypes.map((id) => ({ collection: 'supportTypes' as const, id }))),
	]);
	return {
		topics: await topicsIn(locale, topics),
		related,
		supportTypes: await supportTypesIn(locale, supportTypes),
	};
}
