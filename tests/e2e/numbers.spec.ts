import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { HELPLINE, SITE } from '../../src/config';
import { organisations } from './support/data';
import { DIST, htmlFile, sitemapPaths } from './support/site';

const digits = (s: string) => s.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');

/** Every number the site may show: the configuration module and the directory data. */
const allowed = new Set(
	[HELPLINE, ...SITE.crisisLines]
		.flatMap((l) => [l.call, l.text, l.tty])
		.filter((p) => p !== undefined)
		.map((p) => p.e164)
		.concat(organisations.flatMap((o) => o.lines.map((l) => l.e164)))
);

/**
 * Numbers the facts file (shared/reference/directory-facts.md) marks as not checked, or as not a
 * helpline: AA's office line (S), the Los Angeles CMA line (local), and the old Lifeline number.
 * (The provider helpline is set by the publisher in src/config/site.ts, not taken from that file.)
 */
const UNCHECKED = ['2128703400', '8002738255'];
const UNCHECKED_WORDS = ['CMA-NOW1', 'CMA NOW1'];

const pages = [
	...sitemapPaths().map((path) => ({ path, file: htmlFile(path) })),
	{ path: '/404.html', file: `${DIST}/404.html` },
].map(({ path, file }) => {
	const html = readFileSync(file, 'utf8');
	return { path, html, doc: parse(html) };
});

test('every tel: and sms: link is well formed and dials a number from the configuration or the data', () => {
	let links = 0;
	for (const { path, doc } of pages) {
		for (const a of doc.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')) {
			links++;
			const href = a.getAttribute('href')!;
			const match = href.match(/^(tel|sms):(\+[1-9]\d{7,14}|\d{3,6})(\?&body=[A-Z]+)?$/);
			expect(match, `${path}: ${href}`).not.toBeNull();
			expect(allowed.has(match![2]!), `${path}: ${href} is not in the config or data`).toBe(true);
			expect(a.text.trim().length, `${path}: ${href} has words`).toBeGreaterThan(2);
		}
	}
	expect(links).toBeGreaterThan(pages.length * 5);
});

test('every phone number written in page text is one the site knows', () => {
	const known = new Set([...allowed].map(digits));
	const phonePattern = /(?:\+?1[-. ])?\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b/g;
	for (const { path, doc } of pages) {
		const text = doc.querySelector('body')!.text;
		for (const found of text.match(phonePattern) ?? []) {
			expect(known.has(digits(found)), `${path}: "${found}"`).toBe(true);
		}
	}
});

test('no number the facts file leaves unchecked appears anywhere', () => {
	for (const { path, html } of pages) {
		const flat = digits(html);
		for (const number of UNCHECKED) expect(flat.includes(number), `${path} contains ${number}`).toBe(false);
		for (const word of UNCHECKED_WORDS) expect(html.includes(word), `${path} contains ${word}`).toBe(false);
	}
	expect(pages.length).toBeGreaterThan(20);
});
