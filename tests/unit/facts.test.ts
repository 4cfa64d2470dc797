import { describe, expect, it } from 'vitest';
import { hasSecondhand, lastSeen, seenRange, sourceKind, sourceLabel } from '../../src/lib/facts';

const fact = (source: string, status: 'V' | 'S', seen = '2026-11-26') => ({
	source,
	status,
	seen: new Date(seen),
});

describe('how a fact was checked', () => {
	it('calls a V page on the same site, or a part of it, the organization’s own', () => {
		expect(sourceKind(fact('https://www.aa.org/the-aa-group', 'V'), 'https://www.aa.org')).toBe('own');
		expect(sourceKind(fact('https://museum.ca.org/x.html', 'V'), 'https://www.ca.org')).toBe('own');
		expect(sourceKind(fact('http://blog.whitebison.org/post', 'V'), 'https://www.whitebison.org')).toBe(
			'own'
		);
	});

	it('calls a V page elsewhere official, and any S page another site', () => {
		expect(sourceKind(fact('https://ovc.ojp.gov/news/x', 'V'), 'https://www.thehotline.org')).toBe(
			'official'
		);
		expect(sourceKind(fact('https://www.aa.org/x', 'S'), 'https://www.aa.org')).toBe('elsewhere');
		// A look-alike host is not the organisation's own site.
		expect(sourceKind(fact('https://notaa.org/x', 'V'), 'https://aa.org')).toBe('official');
	});

	it('knows when readers should check with the organization', () => {
		expect(hasSecondhand([fact('https://a.org', 'V')])).toBe(false);
		expect(hasSecondhand([fact('https://a.org', 'V'), fact('https://b.org', 'S')])).toBe(true);
	});

	it('gives the latest date of one entry and the range across entries', () => {
		const a = [fact('https://a.org', 'V', '2026-11-26'), fact('https://b.org', 'S', '2026-11-29')];
		const b = [fact('https://c.org', 'V', '2026-11-27')];
		expect(lastSeen(a).toISOString().slice(0, 10)).toBe('2026-11-29');
		const range = seenRange([{ data: { facts: a } }, { data: { facts: b } }]);
		expect(range.earliest.toISOString().slice(0, 10)).toBe('2026-11-26');
		expect(range.latest.toISOString().slice(0, 10)).toBe('2026-11-29');
	});

	it('shortens a source address for its link', () => {
		expect(sourceLabel('https://www.samhsa.gov/find-help/national-helpline/')).toBe(
			'samhsa.gov/find-help/national-helpline'
		);
		expect(sourceLabel('http://grasphelp.org/about-us/grasp-history/')).toBe(
			'grasphelp.org/about-us/grasp-history'
		);
	});
});
