/**
 * What the directory says about how its facts were checked, worked out from each entry's
 * `facts` (see organisationSchema). Pure: the facts come in as arguments, so the card, the
 * printable list, the About page and the tests all read the same answers.
 */
import type { Fact } from './content-schemas';

/** Where a fact was seen, in the words a reader sees ("the organization's own page", ...). */
export type SourceKind = 'own' | 'official' | 'elsewhere';

/** The latest date any of these facts was checked. */
export function lastSeen(facts: readonly Pick<Fact, 'seen'>[]): Date {
	return new Date(Math.max(...facts.map((f) => f.seen.getTime())));
}

/** The earliest and latest dates any fact in these entries was checked. */
export function seenRange(entries: readonly { data: { facts: readonly Pick<Fact, 'seen'>[] } }[]): {
	earliest: Date;
	latest: Date;
} {
	const times = entries.flatMap((e) => e.data.facts.map((f) => f.seen.getTime()));
	return { earliest: new Date(Math.min(...times)), latest: new Date(Math.max(...times)) };
}

/** True when some fact on an entry comes only from other sites (status S): readers should check. */
export function hasSecondhand(facts: readonly Pick<Fact, 'status'>[]): boolean {
	return facts.some((f) => f.status === 'S');
}

/** A host name without `www.`. */
function host(url: string): string {
	return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * Whether a source is the organisation's own page (the same site as its website, or a part of
 * it such as blog.example.org), another official page (V elsewhere: a government page, an
 * official publication), or another site (S).
 */
export function sourceKind(fact: Pick<Fact, 'source' | 'status'>, website: string): SourceKind {
	if (fact.status === 'S') return 'elsewhere';
	const site = host(website);
	const source = host(fact.source);
	return source === site || source.endsWith(`.${site}`) ? 'own' : 'official';
}

/** A source address as a short label: no scheme, no `www.`, no trailing slash. */
export function sourceLabel(url: string): string {
	return url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
}
