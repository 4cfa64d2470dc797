/**
 * Changing the helpline is one edit in one file. The sub-path build is made with another
 * configuration (SITE_CONFIG=tests/fixtures/site-config.ts in package.json's build:subpath):
 * its helpline must be on every page, and the real one in no file of that build, scripts and
 * search index included.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { parse } from 'node-html-parser';
import { siteConfig as real } from '../../src/config/site';
import { siteConfig as fixture } from '../fixtures/site-config';
import { DIST, SUBPATH_DIST } from './support/site';

/** Every file under `dir`, as absolute paths. */
const filesIn = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? filesIn(full) : [full];
	});

const files = filesIn(SUBPATH_DIST);
const pages = files.filter((f) => f.endsWith('.html'));
/** What a reader or a script can get as text: pages, scripts, feeds, and the search index unpacked. */
const texts = files.flatMap((file): { file: string; text: string }[] => {
	const name = relative(SUBPATH_DIST, file);
	if (/\.(html|js|mjs|css|xml|json|txt|webmanifest|svg)$/.test(file)) {
		return [{ file: name, text: readFileSync(file, 'utf8') }];
	}
	// Pagefind's fragments and metadata are gzip files (the compressed copies .br/.gz of other
	// files are checked against their originals by build-output.spec.ts).
	if (/\.pf_(fragment|meta)$/.test(file))
		return [{ file: name, text: gunzipSync(readFileSync(file)).toString() }];
	return [];
});

const { e164, display } = real.helpline.call;
/** The real number's national digits, with any separators between them ("202.555 0123"). */
const realDigits = new RegExp(
	[...parsePhoneNumberFromString(e164)!.nationalNumber].join('[\\s().-]*').replace(/^/, '(?<!\\d)') +
		'(?!\\d)'
);

test('the build under test really uses the other configuration', () => {
	expect(fixture.helpline.call.e164).not.toBe(e164);
	expect(fixture.publisher.name).not.toBe(real.publisher.name);
	expect(pages.length).toBeGreaterThan(20);
	expect(texts.some((t) => t.file.startsWith('pagefind/'))).toBe(true);
	// The same check sees the real number in the main build, so it can fail.
	expect(readFileSync(join(DIST, 'index.html'), 'utf8')).toMatch(realDigits);
});

test('every page shows the configured helpline, its number and its publisher', () => {
	const missing: string[] = [];
	for (const file of pages) {
		const html = readFileSync(file, 'utf8');
		const doc = parse(html);
		const name = relative(SUBPATH_DIST, file);
		if (!doc.querySelector(`a[href="tel:${fixture.helpline.call.e164}"]`)) missing.push(`${name}: tel: link`);
		if (!doc.text.includes(fixture.helpline.call.display)) missing.push(`${name}: display form`);
		if (!doc.text.includes(fixture.publisher.name)) missing.push(`${name}: publisher name`);
	}
	expect(missing).toEqual([]);
});

test('the real helpline is in no file of that build: not its number, nor its name or label', () => {
	const found: string[] = [];
	for (const { file, text } of texts) {
		const plain = file.endsWith('.html') ? parse(text).text : text;
		if (text.includes(e164)) found.push(`${file}: ${e164}`);
		if (text.includes(display) || plain.includes(display)) found.push(`${file}: ${display}`);
		if (realDigits.test(text)) found.push(`${file}: ${text.match(realDigits)![0]}`);
		for (const words of [real.helpline.name, real.helpline.label, real.helpline.who]) {
			if (plain.includes(words)) found.push(`${file}: "${words}"`);
		}
	}
	expect(found).toEqual([]);
});
