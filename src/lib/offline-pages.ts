/**
 * What the service worker saves and serves, in every language, from the one map of addresses
 * (src/i18n/routes.ts): the pages it precaches, which pages are articles it keeps once read, and
 * which offline page answers for an address. Paths here are relative to the worker's scope (the
 * site's base), as files of the build: `es/mi-circulo/index.html`. Pure, so the build step
 * (src/integrations/service-worker.ts), the worker (src/scripts/service-worker.ts) and the unit
 * tests share it.
 */
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { localeOfPath, pathIn, type SlugTables } from '../i18n/routes.ts';

/** The English pages saved for offline use: home, help, the planner with its card and plan. */
const SAVED = ['/', '/get-help/', '/my-circle/', '/my-circle/card/', '/my-circle/plan/'] as const;
/** The page shown offline for an address that is not saved. */
const OFFLINE = '/offline/';

/** The pages named here are fixed words, never content: no slug tables are needed. */
const NO_CONTENT: SlugTables = {
	articles: {},
	supportTypes: {},
	hubs: {},
	topics: {},
	categories: {},
	audiences: {},
};

const locales = Object.keys(LOCALES) as Locale[];

/** A fixed page's address in `locale`, relative to the scope (`es/mi-circulo/`; home is ''). */
function relativeIn(locale: Locale, englishPath: string): string {
	const path = pathIn(locale, englishPath, NO_CONTENT);
	if (path === undefined) throw new Error(`${englishPath} has no address in ${locale}`);
	return path.slice(1);
}

/** The offline page of a language, as a file of the build. */
export function offlinePageIn(locale: Locale): string {
	return `${relativeIn(locale, OFFLINE)}index.html`;
}

/** Every page saved for offline use, in every language, as files of the build. */
export const OFFLINE_PAGES: readonly string[] = locales.flatMap((locale) => [
	...SAVED.map((path) => `${relativeIn(locale, path)}index.html`),
	offlinePageIn(locale),
]);

/** The offline page for an address (relative to the scope): in the language of that address. */
export function offlinePageFor(path: string): string {
	return offlinePageIn(localeOfPath(`/${path}`));
}

/** `^articles/(?!for/)[^/]+/$` and its pair in every other language (segments are plain words). */
const ARTICLE = new RegExp(
	`^(?:${locales
		.map((locale) => {
			const list = relativeIn(locale, '/articles/');
			const byAudience = relativeIn(locale, '/articles/for/').slice(list.length);
			return `${list}(?!${byAudience})[^/]+/`;
		})
		.join('|')})$`
);

/**
 * Whether an address (relative to the scope) is an article, in any language: `articles/<slug>/`,
 * `es/articulos/<slug>/`; not the lists by audience (`articles/for/...`, `es/articulos/para/...`).
 */
export function isArticlePath(path: string): boolean {
	return ARTICLE.test(path);
}
