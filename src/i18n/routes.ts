/**
 * Every page's address in each language, in one place. English pages live at the root with
 * English slugs; Spanish pages live under /es/ with Spanish slugs. Paths here are written from the
 * site root without the base path (`/articles/the-identity-shift/`); callers add the base.
 *
 * Pure: the content slugs come in as tables (src/lib/localized.ts reads them from the collections),
 * so the mapping is unit-tested in tests/unit/routes.test.ts.
 */
import { DEFAULT_LOCALE, type Locale } from './locales.ts';

/** The path prefix of each language's pages. */
export const LOCALE_PREFIX: Record<Locale, string> = { en: '/', es: '/es/' };

/** Fixed path segments, English → Spanish. */
export const SEGMENTS_ES = {
	articles: 'articulos',
	directory: 'directorio',
	'get-help': 'obtener-ayuda',
	about: 'acerca-de',
	privacy: 'privacidad',
	accessibility: 'accesibilidad',
	glossary: 'glosario',
	search: 'buscar',
	topics: 'temas',
	'my-circle': 'mi-circulo',
	card: 'tarjeta',
	plan: 'plan',
	category: 'categoria',
	print: 'imprimir',
	offline: 'sin-conexion',
	for: 'para',
	// The feed keeps its file name: /es/rss.xml.
	'rss.xml': 'rss.xml',
} as const;

/** Content slugs, English id → Spanish slug, for the pages named after content. */
export interface SlugTables {
	/** Article id → Spanish article slug (the Spanish file's `translationOf`). */
	articles: Readonly<Record<string, string>>;
	/** Support type id → Spanish slug. */
	supportTypes: Readonly<Record<string, string>>;
	/** Hub id (a top-level page: /in-recovery/) → Spanish slug. */
	hubs: Readonly<Record<string, string>>;
	/** Topic id → Spanish slug. */
	topics: Readonly<Record<string, string>>;
	/** Directory category id → Spanish slug (`/directory/category/<id>/`). */
	categories: Readonly<Record<string, string>>;
	/** Article audience id → Spanish slug (`/articles/for/<id>/`). */
	audiences: Readonly<Record<string, string>>;
}

/** Which table names the segment after a fixed one (`/articles/<article>/`). */
const CONTENT_UNDER: Record<string, keyof SlugTables> = {
	articles: 'articles',
	topics: 'topics',
	directory: 'supportTypes',
};

/**
 * English pages without a Spanish pair (by address prefix), each with the reason. The language
 * switch and the alternates leave them out, and links from Spanish pages to them stay on the
 * English page (marked hreflang="en").
 */
export const ENGLISH_ONLY: Readonly<Record<string, string>> = {
	'/404.html':
		'one page for both languages: a static host serves a single page for every missing address, so it carries a Spanish section (lang="es") with links to the Spanish pages',
};

/** Which table names the segment after two fixed ones (`/articles/for/<audience>/`). */
const VALUE_UNDER: Record<string, keyof SlugTables> = {
	'articles/for': 'audiences',
	'directory/category': 'categories',
};

/** Second segments that stay fixed words (not content) under a first segment. */
const FIXED_UNDER: Record<string, readonly string[]> = {
	articles: ['for'],
	directory: ['category', 'print'],
	'my-circle': ['card', 'plan'],
};

function invert(table: Readonly<Record<string, string>>): Record<string, string> {
	return Object.fromEntries(Object.entries(table).map(([en, es]) => [es, en]));
}

function segments(path: string): string[] {
	return path.split('/').filter(Boolean);
}

function join(parts: string[], trailingSlash: boolean): string {
	if (parts.length === 0) return '/';
	return `/${parts.join('/')}${trailingSlash ? '/' : ''}`;
}

const SEGMENTS_EN = invert(SEGMENTS_ES);

/** Map the segments of a path into `to` (from the other language); undefined if one is unknown. */
function mapSegments(parts: string[], to: Locale, tables: SlugTables): string[] | undefined {
	const fixed: Record<string, string> = to === 'es' ? SEGMENTS_ES : SEGMENTS_EN;
	const content = (table: keyof SlugTables) => (to === 'es' ? tables[table] : invert(tables[table]));
	const [first, second, ...rest] = parts;
	if (first === undefined) return [];
	const top = fixed[first] ?? content('hubs')[first];
	if (top === undefined) return undefined;
	if (second === undefined) return [top];
	const firstEn = to === 'es' ? first : top;
	const secondEn = to === 'es' ? second : SEGMENTS_EN[second];
	const isFixed = secondEn !== undefined && (FIXED_UNDER[firstEn] ?? []).includes(secondEn);
	const table = CONTENT_UNDER[firstEn];
	const next = isFixed ? fixed[second] : table && content(table)[second];
	if (next === undefined) return undefined;
	const [third, ...deeper] = rest;
	if (third === undefined) return [top, next];
	const values = isFixed ? VALUE_UNDER[`${firstEn}/${secondEn}`] : undefined;
	const value = values ? content(values)[third] : undefined;
	return value === undefined || deeper.length ? undefined : [top, next, value];
}

/** The language of a path (without base): Spanish under /es/, English otherwise. */
export function localeOfPath(path: string): Locale {
	return path === '/es' || path.startsWith('/es/') ? 'es' : DEFAULT_LOCALE;
}

/**
 * The address of an English page in `locale`: `pathIn('es', '/articles/the-identity-shift/')` is
 * `/es/articulos/el-cambio-de-identidad/`. Undefined when the page has no pair in that language.
 */
export function pathIn(locale: Locale, englishPath: string, tables: SlugTables): string | undefined {
	if (locale === DEFAULT_LOCALE) return englishPath;
	if (Object.keys(ENGLISH_ONLY).some((prefix) => englishPath.startsWith(prefix))) return undefined;
	const mapped = mapSegments(segments(englishPath), locale, tables);
	if (!mapped) return undefined;
	const inner = join(mapped, englishPath.endsWith('/'));
	return `${LOCALE_PREFIX[locale].slice(0, -1)}${inner}`;
}

/** The English page of any path (without base), or undefined if it names no known page. */
export function englishPathOf(path: string, tables: SlugTables): string | undefined {
	if (localeOfPath(path) === DEFAULT_LOCALE) return path;
	const parts = segments(path).slice(1);
	const mapped = mapSegments(parts, DEFAULT_LOCALE, tables);
	return mapped && join(mapped, path.endsWith('/'));
}

/**
 * A page in every language it exists in: `{ en: '/about/' }`, or `{ en, es }` when it has a pair.
 * The language switch and `<link rel="alternate" hreflang>` read this.
 */
export function pairOf(path: string, tables: SlugTables): Partial<Record<Locale, string>> {
	const en = englishPathOf(path, tables);
	if (en === undefined) return {};
	const es = pathIn('es', en, tables);
	return es === undefined ? { en } : { en, es };
}
