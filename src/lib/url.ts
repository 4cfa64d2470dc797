/**
 * Build an address inside the site, honouring Astro's `base` (the site may live under a
 * sub-path such as `/recovery/`). Paths are written from the site root: `withBase('/about/')`.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	const rest = path.replace(/^\/+/, '');
	return `${root}${rest}`;
}
