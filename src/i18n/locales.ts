/**
 * The languages the site is written in. Each has a dictionary of UI words (src/i18n/<id>.ts);
 * adding one here makes `astro check` fail until its dictionary has every key.
 */
export const LOCALES = {
	en: { lang: 'en', intl: 'en-US', name: 'English' },
	es: { lang: 'es', intl: 'es-US', name: 'Español' },
} as const;

export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'en';

/** The locale for an Astro page (`Astro.currentLocale`), falling back to the default. */
export function localeOf(current: string | undefined): Locale {
	return current && current in LOCALES ? (current as Locale) : DEFAULT_LOCALE;
}
