/**
 * The budgets from shared/design.md that tests can check exactly (bytes, counts, presence).
 * Timings are measured by `npm run bench`, never asserted in tests.
 */
export const KB = 1024;

/** Everything a page transfers at load, compressed, per page type. The article figure is the design's. */
export const PAGE_WEIGHT_BUDGET: Record<string, number> = {
	article: 50 * KB,
	home: 50 * KB,
	'article index': 50 * KB,
	hub: 50 * KB,
	topic: 50 * KB,
	directory: 50 * KB,
	'support type': 50 * KB,
	search: 50 * KB,
	'get help': 50 * KB,
	glossary: 50 * KB,
	'my circle': 50 * KB,
	'my circle (es)': 50 * KB,
	'404': 50 * KB,
};

/** Compressed JavaScript a page may load before the reader interacts, where the design sets one. */
export const PAGE_JS_BUDGET: Record<string, number> = {
	'my circle': 15 * KB,
	'my circle (es)': 15 * KB,
};

/** The one script articles may run at load (theme and search shortcuts), compressed. */
export const AT_LOAD_SCRIPT_BUDGET = 1 * KB;

/** The first round trip (TCP initial window of 10 segments is 14,600 bytes; the design says 14 KB). */
export const FIRST_ROUND_TRIP = 14 * KB;

/** One page of each type, as readers reach them. */
export const PAGE_TYPES: Record<string, string> = {
	home: '/',
	article: '/articles/feeling-alone-in-early-recovery/',
	'article index': '/articles/',
	hub: '/for-families/',
	topic: '/topics/isolation/',
	directory: '/directory/',
	'support type': '/directory/family-and-friends-groups/',
	search: '/search/',
	'get help': '/get-help/',
	glossary: '/glossary/',
	'my circle': '/my-circle/',
	'my circle (es)': '/es/mi-circulo/',
	'404': '/no-such-page/',
};
