import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LOCALE, localeOf } from './i18n/locales';
import { markEnglishNames } from './lib/english-names';
import { englishNames } from './lib/localized';

let names: Promise<string[]> | undefined;

// Pages in another language than English: English names in their text get lang="en" (WCAG
// 3.1.2), whichever file the text came from. English pages pass through untouched.
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	const isHtml = response.headers.get('content-type')?.startsWith('text/html');
	if (localeOf(context.currentLocale) === DEFAULT_LOCALE || !isHtml) return response;
	const html = markEnglishNames(await response.text(), await (names ??= englishNames()));
	return new Response(html, { status: response.status, headers: response.headers });
});
