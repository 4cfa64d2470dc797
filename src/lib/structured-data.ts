import type { Line } from './site-config-schema';

type Json = Record<string, unknown>;

/** JSON-LD Organization for the publisher, with the helpline as a ContactPoint. */
export function organizationLd(
	site: {
		name: string;
		publisher: { name: string; url: string };
		helpline: Line & { call: { e164: string } };
	},
	siteUrl: string
): Json {
	return {
		'@context': 'https://schema.org',
		'@type': 'Organization',
		name: site.publisher.name,
		url: site.publisher.url,
		brand: { '@type': 'Brand', name: site.name, url: siteUrl },
		contactPoint: [
			{
				'@type': 'ContactPoint',
				telephone: site.helpline.call.e164,
				contactType: 'admissions',
				name: site.helpline.name,
				availableLanguage: site.helpline.languages,
				areaServed: 'US',
			},
		],
	};
}

/** JSON-LD Article for an article page. */
export function articleLd(article: {
	title: string;
	description: string;
	published: string;
	updated: string;
	lang: string;
	url: string;
	about: string[];
	publisher: { name: string; url: string };
	siteName: string;
}): Json {
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: article.title,
		description: article.description,
		datePublished: article.published,
		dateModified: article.updated,
		inLanguage: article.lang,
		mainEntityOfPage: article.url,
		publisher: { '@type': 'Organization', name: article.publisher.name, url: article.publisher.url },
		author: { '@type': 'Organization', name: article.siteName },
		about: article.about,
	};
}

/** JSON-LD BreadcrumbList from `{ name, url }` steps (absolute URLs). */
export function breadcrumbLd(steps: { name: string; url: string }[]): Json {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: steps.map((step, i) => ({
			'@type': 'ListItem',
			position: i + 1,
			name: step.name,
			item: step.url,
		})),
	};
}

/**
 * Serialise JSON-LD for a `<script type="application/ld+json">`. Escapes `<` so no content
 * can close the script element early.
 */
export function serialiseLd(data: Json): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
