/** Main navigation, in order. Only pages that exist are listed. */
export const MAIN_NAV = [
	{ href: '/get-help/', label: 'Get help' },
	{ href: '/about/', label: 'About' },
] as const;

/** Footer links: the main navigation plus the pages about the site itself. */
export const FOOTER_NAV = [...MAIN_NAV, { href: '/privacy/', label: 'Privacy' }] as const;
