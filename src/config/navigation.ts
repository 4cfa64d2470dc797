import type { Dictionary } from '../i18n';

/** A link in a navigation list: its address and the key of its words in the UI dictionary (`t.nav`). */
export interface NavItem {
	readonly href: string;
	readonly key: keyof Dictionary['nav'];
}

/** Main navigation, in order. Only pages that exist are listed. */
export const MAIN_NAV: readonly NavItem[] = [
	{ href: '/articles/', key: 'articles' },
	{ href: '/directory/', key: 'directory' },
	{ href: '/get-help/', key: 'getHelp' },
	{ href: '/my-circle/', key: 'myCircle' },
];

/** Footer links: the reader paths, reference pages and the pages about the site itself. */
export const FOOTER_NAV: readonly NavItem[] = [
	{ href: '/in-recovery/', key: 'inRecovery' },
	{ href: '/for-families/', key: 'forFamilies' },
	...MAIN_NAV,
	{ href: '/glossary/', key: 'glossary' },
	{ href: '/about/', key: 'about' },
	{ href: '/privacy/', key: 'privacy' },
	{ href: '/accessibility/', key: 'accessibility' },
	{ href: '/rss.xml', key: 'rss' },
];
