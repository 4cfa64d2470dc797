import { APP_ICONS } from './app-icon';
import { withBase } from './url';

export interface ManifestWords {
	/** The site's name in the language, and its short form under an app icon. */
	name: string;
	shortName: string;
	description: string;
	/** BCP 47 language of the words. */
	lang: string;
	/** The home page of the language, with base (`/es/`). */
	home: string;
	/** Quick links on the app icon: names and addresses with base. */
	shortcuts: { name: string; url: string }[];
}

/**
 * A web app manifest for one language: each language is its own app (its own `id` and start
 * page), with the same scope, so the service worker serves both. Icon paths follow the base.
 */
export function webManifest({ name, shortName, description, lang, home, shortcuts }: ManifestWords) {
	return {
		id: home,
		name,
		short_name: shortName,
		description,
		lang,
		start_url: home,
		scope: withBase('/'),
		display: 'standalone',
		background_color: '#fbfaf7',
		theme_color: '#0d5c6b',
		icons: [
			{ src: withBase('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
			...APP_ICONS.map(({ icon, size, maskable }) => ({
				src: withBase(`/icons/${icon}.png`),
				sizes: `${size}x${size}`,
				type: 'image/png',
				purpose: maskable ? 'maskable' : 'any',
			})),
		],
		shortcuts,
	};
}
