import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, matchesPattern, parseHeadersFile } from '../tools/headers-file';

describe('the _headers reader', () => {
	it('parses rules and their headers, skipping comments', () => {
		const rules = parseHeadersFile(
			'# c\n/*\n  X-A: 1\n  X-B: a: b\n\n/_astro/*\n  Cache-Control: immutable\n'
		);
		expect(rules).toEqual([
			{
				pattern: '/*',
				headers: [
					['X-A', '1'],
					['X-B', 'a: b'],
				],
			},
			{ pattern: '/_astro/*', headers: [['Cache-Control', 'immutable']] },
		]);
	});

	it('rejects a header line before any rule', () => {
		expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/outside a rule/);
	});

	it('matches splats and exact paths', () => {
		expect(matchesPattern('/*', '/anything/at/all')).toBe(true);
		expect(matchesPattern('/_astro/*', '/_astro/x.js')).toBe(true);
		expect(matchesPattern('/_astro/*', '/articles/')).toBe(false);
		expect(matchesPattern('/about/', '/about/')).toBe(true);
	});
});

describe('public/_headers', () => {
	const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
	const forPage = new Map(headersFor(rules, '/articles/x/'));
	const forAsset = new Map(headersFor(rules, '/_astro/app.abc123.js'));

	it('sends the security headers on every page', () => {
		expect(forPage.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
		expect(forPage.get('X-Content-Type-Options')).toBe('nosniff');
		expect(forPage.get('Referrer-Policy')).toBe('no-referrer');
		expect(forPage.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
		expect(forPage.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
		expect(forPage.get('Strict-Transport-Security')).toMatch(/max-age=\d{8}/);
		expect(forPage.get('Permissions-Policy')).toContain('geolocation=()');
	});

	it('caches hashed assets forever and pages not at all by this file', () => {
		expect(forAsset.get('Cache-Control')).toContain('immutable');
		expect(forPage.has('Cache-Control')).toBe(false);
	});

	it('has fewer than 100 rules and no line over 2,000 characters (Cloudflare limits)', () => {
		expect(rules.length).toBeLessThan(100);
		for (const line of readFileSync('public/_headers', 'utf8').split('\n'))
			expect(line.length).toBeLessThan(2000);
	});
});
