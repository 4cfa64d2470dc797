import { describe, expect, it } from 'vitest';
import { bestTarget, rankResults, toPagefindFilters, type ResultData } from '../../src/scripts/search/engine';

describe('toPagefindFilters', () => {
	it('uses any-of within a group and drops empty groups', () => {
		expect(
			toPagefindFilters({ type: ['Article', 'Topic'], topic: [], audience: ['Families and friends'] })
		).toEqual({
			type: { any: ['Article', 'Topic'] },
			audience: { any: ['Families and friends'] },
		});
	});
});

describe('rankResults', () => {
	it('halves signpost scores and keeps order otherwise', () => {
		const results = [
			{ id: 'topic', score: 10 },
			{ id: 'article', score: 8 },
			{ id: 'hub', score: 3 },
			{ id: 'other', score: 3 },
		];
		expect(rankResults(results, new Set(['topic', 'hub'])).map((r) => r.id)).toEqual([
			'article',
			'topic',
			'other',
			'hub',
		]);
		expect(rankResults(results, new Set()).map((r) => r.id)).toEqual(['topic', 'article', 'hub', 'other']);
	});
});

const result = (subs: { url: string; title: string; n: number }[]): ResultData => ({
	url: '/directory/family-and-friends-groups/',
	excerpt: '',
	meta: { title: 'Groups for families and friends' },
	filters: {},
	sub_results: subs.map((s) => ({
		url: s.url,
		title: s.title,
		excerpt: '',
		locations: Array.from({ length: s.n }, (_, i) => i),
	})),
});

describe('bestTarget', () => {
	it('lands on the section holding most of the matches', () => {
		const target = bestTarget(
			result([
				{ url: '/directory/family-and-friends-groups/', title: 'Groups', n: 1 },
				{
					url: '/directory/family-and-friends-groups/#al-anon-and-alateen',
					title: 'Al-Anon and Alateen',
					n: 6,
				},
			])
		);
		expect(target).toEqual({
			url: '/directory/family-and-friends-groups/#al-anon-and-alateen',
			title: 'Al-Anon and Alateen',
		});
	});

	it('stays on the page when matches are spread out', () => {
		const target = bestTarget(
			result([
				{ url: '/directory/family-and-friends-groups/', title: 'Groups', n: 4 },
				{ url: '/directory/family-and-friends-groups/#a', title: 'A', n: 2 },
				{ url: '/directory/family-and-friends-groups/#b', title: 'B', n: 2 },
			])
		);
		expect(target.url).toBe('/directory/family-and-friends-groups/');
	});
});
