/**
 * Search on Pagefind's JS API: loads the library only when asked, fails fast with a clear
 * error when the index cannot be reached, and combines filters as OR within a group and AND
 * across groups.
 */

export interface SubResult {
	title: string;
	url: string;
	excerpt: string;
	locations?: number[];
}

export interface ResultData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	filters: Record<string, string[]>;
	sub_results: SubResult[];
}

interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<ResultData>;
}

interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (
		query: string | null,
		options?: { filters?: Record<string, unknown> }
	) => Promise<{ results: PagefindResult[] } | null>;
}

export type SearchFilters = Record<string, string[]>;

/** Longest query sent to the index; longer input is cut, never rejected. */
export const MAX_QUERY_LENGTH = 200;

let loading: Promise<Pagefind> | undefined;

/** Load and start Pagefind once; rejects after `timeoutMs` so readers never wait forever. */
export function loadPagefind(base: string, timeoutMs = 5000): Promise<Pagefind> {
	loading ??= Promise.race([
		(async () => {
			const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
			await pagefind.options({ baseUrl: base, excerptLength: 24 });
			await pagefind.init();
			return pagefind;
		})(),
		new Promise<never>((_, reject) =>
			setTimeout(() => reject(new Error('Search took too long to load')), timeoutMs)
		),
	]);
	// A failed load may work later (the reader came back online), so allow a retry.
	loading.catch(() => (loading = undefined));
	return loading;
}

/** Pagefind's filter object: `any` within each group; groups are combined with AND. */
export function toPagefindFilters(filters: SearchFilters): Record<string, { any: string[] }> {
	return Object.fromEntries(
		Object.entries(filters)
			.filter(([, values]) => values.length > 0)
			.map(([key, values]) => [key, { any: values }])
	);
}

/**
 * Topic pages and reading-path hubs are signposts: an article that answers the question should
 * come before the page that lists it, so their scores count half.
 */
export const SIGNPOST_FILTER = { signpost: { any: ['yes'] } };
const SIGNPOST_FACTOR = 0.5;
const signposts = new WeakMap<Pagefind, Promise<Set<string>>>();

function signpostIds(pagefind: Pagefind): Promise<Set<string>> {
	if (!signposts.has(pagefind)) {
		signposts.set(
			pagefind,
			pagefind
				.search(null, { filters: SIGNPOST_FILTER })
				.then((r) => new Set((r?.results ?? []).map((x) => x.id)))
		);
	}
	return signposts.get(pagefind)!;
}

/** Results re-ordered with signpost pages' scores halved (stable for equal scores). */
export function rankResults<T extends { id: string; score: number }>(
	results: T[],
	signpostIds: Set<string>
): T[] {
	const score = (r: T) => r.score * (signpostIds.has(r.id) ? SIGNPOST_FACTOR : 1);
	return results
		.map((r, i) => ({ r, i }))
		.sort((a, b) => score(b.r) - score(a.r) || a.i - b.i)
		.map(({ r }) => r);
}

export interface Found {
	total: number;
	/** Data of the first results (each costs one small download). */
	results: ResultData[];
	/** Load the data of the next `count` results. */
	more: (count: number) => Promise<ResultData[]>;
}

/** Run a search and load the data of the first `limit` results. */
export async function search(
	pagefind: Pagefind,
	query: string,
	filters: SearchFilters,
	limit: number
): Promise<Found | null> {
	const term = query.trim().slice(0, MAX_QUERY_LENGTH);
	const pfFilters = toPagefindFilters(filters);
	if (!term && Object.keys(pfFilters).length === 0) return { total: 0, results: [], more: async () => [] };
	const [response, signpostSet] = await Promise.all([
		pagefind.search(term || null, { filters: pfFilters }),
		signpostIds(pagefind),
	]);
	if (!response) return null; // superseded by a newer search
	const ranked = term ? rankResults(response.results, signpostSet) : response.results;
	let loaded = limit;
	const results = await Promise.all(ranked.slice(0, limit).map((r) => r.data()));
	const more = async (count: number) => {
		const next = ranked.slice(loaded, loaded + count);
		loaded += next.length;
		return Promise.all(next.map((r) => r.data()));
	};
	return { total: response.results.length, results, more };
}

/**
 * Where a result should take the reader: the page, or the section (an organisation's anchor)
 * that holds most of the matches.
 */
export function bestTarget(result: ResultData): { url: string; title: string } {
	const title = result.meta.title ?? result.url;
	const sections = result.sub_results.filter((s) => s.url.includes('#'));
	if (sections.length === 0) return { url: result.url, title };
	const score = (s: SubResult) => s.locations?.length ?? 0;
	const best = sections.reduce((a, b) => (score(b) > score(a) ? b : a));
	const total = result.sub_results.reduce((sum, s) => sum + score(s), 0);
	return score(best) > 0 && score(best) * 2 >= total
		? { url: best.url, title: best.title }
		: { url: result.url, title };
}
