import { getArticles } from './articles';
import { getOrganisations, getSupportTypes, organisationsOffering, relatedArticles } from './directory';
import type { Locale } from '../i18n/locales';

/** One support type page per type, in `locale`: the type, its organisations and the articles about it. */
export async function supportTypePages(locale: Locale) {
	const [types, organisations, articles] = await Promise.all([
		getSupportTypes(locale),
		getOrganisations(locale),
		getArticles(locale),
	]);
	return types.map((type) => ({
		type,
		organisations: organisationsOffering(type.id, organisations),
		related: relatedArticles(type, articles),
	}));
}
