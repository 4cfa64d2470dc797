/**
 * Content and addresses in a language. Pages and components keep English ids as the names of
 * things (`/articles/the-identity-shift/`, support type `sponsorship`); this module gives their
 * words and addresses in the page's language, from the Spanish collections (content/es).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { parse } from 'yaml';
import { CONTENT_DIR } from './content-ids';
import { valueSlugTables } from './facets';
import { words } from '../i18n';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { pairOf, pathIn, type SlugTables } from '../i18n/routes';
import { withBase } from './url';

/** English id → Spanish slug for every page named after content. */
export async function slugTables(): Promise<SlugTables> {
	const [articles, supportTypes, hubs, topics] = await Promise.all([
		getCollection('articlesEs', ({ data }) => !data.draft),
		getCollection('supportTypesEs'),
		getCollection('hubsEs'),
		getCollection('topicsEs'),
	]);
	return {
		articles: Object.fromEntries(articles.map((a) => [a.data.translationOf, a.id])),
		supportTypes: Object.fromEntries(supportTypes.map((s) => [s.id, s.data.slug])),
		hubs: Object.fromEntries(hubs.map((h) => [h.id, h.data.slug])),
		topics: Object.fromEntries(topics.map((t) => [t.id, t.data.slug])),
		...valueSlugTables(),
	};
}

/** A link to a page in a language: its address with base, and the language it is in. */
export interface LocalLink {
	href: string;
	/** Set when the page is not in the language asked for (its pair is not built yet). */
	hreflang?: string;
}

/**
 * A function that gives the address, with base, of an English page in `locale`; a page with no
 * pair in that language stays English (`link` says so with hreflang).
 * `const href = await hrefsIn(locale); href('/articles/')`.
 */
export async function hrefsIn(locale: Locale) {
	const tables = locale === DEFAULT_LOCALE ? undefined : await slugTables();
	const link = (englishPath: string): LocalLink => {
		const path = tables ? pathIn(locale, englishPath, tables) : englishPath;
		return path === undefined ? { href: withBase(englishPath), hreflang: 'en' } : { href: withBase(path) };
	};
	const href = (englishPath: string) => link(englishPath).href;
	return Object.assign(href, { link });
}

/** The addresses (without base) of a page in each language it exists in, from its own path. */
export async function pagePair(pathname: string): Promise<Partial<Record<Locale, string>>> {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const path = pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
	return pairOf(path, await slugTables());
}

type Entry<C extends 'articles' | 'supportTypes' | 'topics' | 'hubs'> = CollectionEntry<C>;

/** An English article with the words, dates and sources of its Spanish translation. */
export function articleWithWords(
	en: Entry<'articles'>,
	es: CollectionEntry<'articlesEs'>
): Entry<'articles'> {
	const { title, description, published, updated, sources } = es.data;
	const data = { ...en.data, title, description, published, updated, sources };
	if (updated === undefined) delete data.updated;
	return { ...en, data, body: es.body ?? '' };
}

/** Spanish articles by English id: the English entry in Spanish words, and the entry to render. */
export async function spanishArticles() {
	const [english, spanish] = await Promise.all([
		getCollection('articles', ({ data }) => !data.draft),
		getCollection('articlesEs', ({ data }) => !data.draft),
	]);
	const byId = new Map(english.map((a) => [a.id, a]));
	return new Map(
		spanish.flatMap((es) => {
			const en = byId.get(es.data.translationOf);
			return en ? [[en.id, { article: articleWithWords(en, es), entry: es }] as const] : [];
		})
	);
}

/** Support types in `locale`'s words (ids, facets and references stay English). */
export async function supportTypesIn(
	locale: Locale,
	english: Entry<'supportTypes'>[]
): Promise<Entry<'supportTypes'>[]> {
	if (locale === DEFAULT_LOCALE) return english;
	const words = new Map((await getCollection('supportTypesEs')).map((s) => [s.id, s.data]));
	return english.map((type) => {
		const es = words.get(type.id);
		if (!es) return type;
		const { slug: _slug, ...rest } = es;
		return { ...type, data: { ...type.data, ...rest } };
	});
}

/** Topics in `locale`'s words, in file order. */
export async function topicsIn(locale: Locale, english: Entry<'topics'>[]): Promise<Entry<'topics'>[]> {
	if (locale === DEFAULT_LOCALE) return english;
	const words = new Map((await getCollection('topicsEs')).map((t) => [t.id, t.data]));
	return english.map((topic) => {
		const es = words.get(topic.id);
		return es ? { ...topic, data: { ...topic.data, name: es.name, description: es.description } } : topic;
	});
}

/** Hubs in `locale`'s words. */
export async function hubsIn(locale: Locale, english: Entry<'hubs'>[]): Promise<Entry<'hubs'>[]> {
	if (locale === DEFAULT_LOCALE) return english;
	const words = new Map((await getCollection('hubsEs')).map((h) => [h.id, h.data]));
	return english.map((hub) => {
		const es = words.get(hub.id);
		if (!es) return hub;
		const { title, description, welcome } = es;
		return { ...hub, data: { ...hub.data, title, description, welcome } };
	});
}

/** A glossary term in a language, with the English words readers also hear for it (Spanish only). */
export type GlossaryTerm = CollectionEntry<'glossary'> & {
	data: CollectionEntry<'glossary'>['data'] & { english?: string[] };
};

/** Glossary terms in `locale`'s words (ids and `seeAlso` stay English). */
export async function glossaryIn(
	locale: Locale,
	english: CollectionEntry<'glossary'>[]
): Promise<GlossaryTerm[]> {
	if (locale === DEFAULT_LOCALE) return english;
	const words = new Map((await getCollection('glossaryEs')).map((g) => [g.id, g.data]));
	return english.map((term) => {
		const es = words.get(term.id);
		if (!es) return term;
		const { term: name, definition, ourWords, english: also } = es;
		const data = { ...term.data, term: name, definition, ourWords, english: also };
		if (ourWords === undefined) delete data.ourWords;
		if (also === undefined) delete data.english;
		return { ...term, data };
	});
}

/** Organisations with `locale`'s description, caveat and line notes (in the order of `lines`). */
export async function organisationsIn(
	locale: Locale,
	english: CollectionEntry<'organisations'>[]
): Promise<CollectionEntry<'organisations'>[]> {
	if (locale === DEFAULT_LOCALE) return english;
	const words = new Map((await getCollection('organisationsEs')).map((o) => [o.id, o.data]));
	return english.map((org) => {
		const es = words.get(org.id);
		if (!es) return org;
		const lines = org.data.lines.map((line, i) => {
			const note = es.lineNotes?.[i];
			return note === undefined ? line : { ...line, note };
		});
		const data = { ...org.data, description: es.description, lines };
		if (es.caveat !== undefined) data.caveat = es.caveat;
		return { ...org, data };
	});
}

/** Language names as the data writes them (in English), with their codes for Intl.DisplayNames. */
const LANGUAGE_CODES: Record<string, string> = {
	English: 'en',
	Spanish: 'es',
	'American Sign Language': 'ase',
};

/** Whether a line is answered in `locale`, from its languages as the data writes them (in English). */
export function answersIn(languages: readonly string[], locale: Locale): boolean {
	return languages.some((name) => LANGUAGE_CODES[name] === locale);
}

/**
 * Language names (written in English in the data) in `locale`, through Intl, or the dictionary
 * where Intl has no name (American Sign Language in Spanish); unknown names stay.
 */
export function languageNames(names: readonly string[], locale: Locale, intl: string): string[] {
	if (locale === DEFAULT_LOCALE) return [...names];
	const display = new Intl.DisplayNames(intl, { type: 'language', fallback: 'none' });
	const own: Record<string, string> = words(locale).lines.languageNames;
	return names.map((name) => {
		const code = LANGUAGE_CODES[name];
		return code ? (display.of(code) ?? own[code] ?? name) : name;
	});
}

/**
 * Names that stay in English on pages in other languages: every organisation's name, and the
 * `english` list of content/es/words.yaml.
 */
export async function englishNames(): Promise<string[]> {
	const words = parse(readFileSync(join(CONTENT_DIR, 'es', 'words.yaml'), 'utf8')) as { english?: string[] };
	const organisations = await getCollection('organisations');
	return [...organisations.map((o) => o.data.name), ...(words.english ?? [])];
}
