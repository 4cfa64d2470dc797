/**
 * The UI dictionary: `words(locale)` gives every UI string of a language. Each language's
 * dictionary must have exactly the English keys (`Dictionary`), so a missing key fails `astro check`.
 */
import type { Dictionary } from './dictionary';
import { en } from './en';
import { es } from './es';
import { DEFAULT_LOCALE, LOCALES, localeOf, type Locale } from './locales';

const dictionaries: Record<Locale, Dictionary> = { en, es };

/** The UI words of a language. */
export function words(locale: Locale): Dictionary {
	return dictionaries[locale];
}

/** The Intl locale (`en-US`) of a language, for dates, numbers and plural rules. */
export function intlOf(locale: Locale): string {
	return LOCALES[locale].intl;
}

export { fill, plural, around, type Plural } from './format';
export type { Dictionary } from './dictionary';
export { DEFAULT_LOCALE, LOCALES, localeOf, type Locale };

/** The language, its words and Intl locale for a page or component: `const { t } = pageWords(Astro)`. */
export function pageWords(astro: { currentLocale?: string | undefined }) {
	const locale = localeOf(astro.currentLocale);
	return { locale, t: words(locale), intl: intlOf(locale) };
}
