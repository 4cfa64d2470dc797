import { LOCALES, type Locale } from '../i18n/locales';
import { siteConfigSchema, type Line } from '../lib/site-config-schema';
import { siteConfig } from './site';

/** The validated site configuration (src/config/site.ts). Importing this throws if a value is malformed. */
export const SITE = siteConfigSchema.parse(siteConfig);

/** The provider's helpline (labelled as a provider's line wherever it appears). */
export const HELPLINE = SITE.helpline;

/** Look up one national line by id; throws on an unknown id so a typo fails the build. */
export function crisisLine(id: string) {
	const line = SITE.crisisLines.find((l) => l.id === id);
	if (!line) {
		throw new Error(`Unknown line "${id}". Known lines: ${SITE.crisisLines.map((l) => l.id).join(', ')}`);
	}
	return line;
}

/** A line with its words in `locale` (numbers unchanged; Spanish text lines take their Spanish keyword). */
export function lineIn<L extends Line>(line: L, locale: Locale): L {
	// Spanish is the one other language; a third would add its words here (and to the schema).
	if (locale !== 'es') return line;
	const { textKeyword, name, shortName, ...words } = line.es;
	return {
		...line,
		...words,
		name: name ?? line.name,
		shortName: shortName ?? line.shortName,
		text: line.text && textKeyword ? { ...line.text, keyword: textKeyword } : line.text,
	};
}

/**
 * How to reach a line in its language when that is not English: the first of its options there
 * (site.ts writes that language's route first, e.g. "988, then 2"). Undefined if it has none.
 * `line` is in that language (lineIn).
 */
export function languageRoute(line: Line): Line['options'][number] | undefined {
	return line.options[0];
}

/**
 * The configuration in the words of `locale`: the site's name and description, the helpline and
 * the national lines. `const { site, helpline, line } = configFor(locale)`.
 */
export function configFor(locale: Locale) {
	const words = locale === 'es' ? SITE.es : undefined;
	const site = words
		? {
				...SITE,
				...words,
				lang: LOCALES[locale].lang,
				publisher: { ...SITE.publisher, ...words.publisher },
				corrections: { ...SITE.corrections, ...words.corrections },
				crisisLines: SITE.crisisLines.map((l) => lineIn(l, locale)),
			}
		: SITE;
	return {
		site,
		helpline: lineIn(HELPLINE, locale),
		/** One national line by id, in this language; throws on an unknown id. */
		line: (id: string) => lineIn(crisisLine(id), locale),
	};
}
