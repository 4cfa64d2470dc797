import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

/** Which share image: the site's, or an article's or a support type's (by English id). */
export type ShareImageOf = { kind: 'site' } | { kind: 'articles' | 'directory'; id: string };

/**
 * Where a page's share image is, from the site root without base: `/og/site.png`,
 * `/og/articles/<id>.png`, `/og/directory/<id>.png`; the Spanish ones under `/og/es/`.
 */
export function shareImagePath(locale: Locale, of: ShareImageOf): string {
	const prefix = locale === DEFAULT_LOCALE ? '/og/' : `/og/${locale}/`;
	return of.kind === 'site' ? `${prefix}site.png` : `${prefix}${of.kind}/${of.id}.png`;
}
