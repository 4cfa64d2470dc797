import { getCollection, getEntries, type CollectionEntry } from 'astro:content';

export type Article = CollectionEntry<'articles'>;

/** Published articles (drafts are left out of every page, feed and index), newest first. */
export async function getArticles(): Promise<Article[]> {
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

/** Published articles among `ids`, in the order given (drafts dropped). */
export async function publishedArticles(ids: readonly string[]): Promise<Article[]> {
	const found = await getEntries(ids.map((id) => ({ collection: 'articles' as const, id })));
	return found.filter((a) => !a.data.draft);
}

/** What an article page shows around its text: its topics, related articles and support types. */
export async function articleContext(article: Article) {
	const [topics, related, supportTypes] = await Promise.all([
		getEntries(article.data.topics.map((id) => ({ collection: 'topics' as const, id }))),
		publishedArticles(article.data.relatedArticles),
		getEntries(article.data.supportTypes.map((id) => ({ collection: 'supportTypes' as const, id }))),
	]);
	return { topics, related, supportTypes };
}
