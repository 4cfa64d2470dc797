import type { Organisation } from './directory';
import type { Line } from './site-config-schema';

/**
 * JSON-LD ItemList of the organisations on a support type page, with their contact points.
 * `lineOf` resolves an organisation's `nationalLine` id to its configured line.
 */
export function organisationsLd(
	name: string,
	organisations: Organisation[],
	pageUrl: string,
	lineOf: (id: string) => Line,
	/** The page's language (BCP 47), which the names and descriptions are in. */
	inLanguage: string
) {
	return {
		'@context': 'https://schema.org',
		'@type': 'ItemList',
		name,
		inLanguage,
		itemListElement: organisations.map((o, i) => {
			const national = o.data.nationalLine ? lineOf(o.data.nationalLine) : undefined;
			const numbers = [
				...o.data.lines.map((l) => ({ e164: l.e164, kind: l.kind, note: l.note })),
				...(national?.call ? [{ e164: national.call.e164, kind: 'call', note: national.name }] : []),
				...(national?.text ? [{ e164: national.text.e164, kind: 'text', note: national.name }] : []),
			];
			return {
				'@type': 'ListItem',
				position: i + 1,
				item: {
					'@type': 'Organization',
					'@id': `${pageUrl}#${o.id}`,
					name: o.data.name,
					url: o.data.website,
					description: o.data.description,
					...(numbers.length && {
						contactPoint: numbers.map((n) => ({
							'@type': 'ContactPoint',
							telephone: n.e164,
							contactType: n.note ?? (n.kind === 'text' ? 'text line' : 'phone line'),
							...(o.data.languages && { availableLanguage: o.data.languages }),
						})),
					}),
				},
			};
		}),
	};
}
