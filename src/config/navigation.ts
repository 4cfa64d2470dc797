/** Main navigation, in order. Only pages that exist are listed. */
export const MAIN_NAV = [
	{ href: '/articles/', label: 'Articles' },
	{ href: '/directory/', label: 'Directory' },
	{ href: '/get-help/', label: 'Get help' },
] as const;

/** Footer links: the reader paths, reference pages and the pages about the site itself. */
export const FOOTER_NAV = [
	{ href: '/in-recovery/', label: 'For people in recovery' },
	{ href: '/for-families/', label: 'For families and friends' },
	...MAIN_NAV,
	{ href: '/glossary/', label: 'Glossary' },
	{ href: '/about/', label: 'About' },
	{ href: '/privacy/', label: 'Privacy' },
	{ href: '/accessibility/', label: 'Accessibility' },
	{ href: '/rss.xml', label: 'RSS feed' },
] as const;
