import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, vcard, vcardFileName, vcards } from '../../src/lib/vcard';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('escapeText (RFC 6350 section 3.4)', () => {
	it('escapes backslash, comma, semicolon and every kind of newline', () => {
		expect(escapeText('a\\b')).toBe('a\\\\b');
		expect(escapeText('Smith, Jo; sponsor')).toBe('Smith\\, Jo\\; sponsor');
		expect(escapeText('one\r\ntwo\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
	});
	it('escapes the backslash first, so an escape is never doubled', () => {
		expect(escapeText('\\,')).toBe('\\\\\\,');
	});
});

describe('foldLine (RFC 6350 section 3.2)', () => {
	it('leaves a line of 75 octets alone', () => {
		const line = `NOTE:${'a'.repeat(70)}`;
		expect(foldLine(line)).toBe(line);
	});
	it('folds longer lines into lines of at most 75 octets, continuations starting with one space', () => {
		const line = `NOTE:${'a'.repeat(300)}`;
		const folded = foldLine(line).split('\r\n');
		expect(folded.length).toBeGreaterThan(1);
		for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
		for (const part of folded.slice(1)) expect(part).toMatch(/^ \S/);
		// Unfolding (remove CRLF and the one space after it) gives the line back.
		expect(foldLine(line).replace(/\r\n /g, '')).toBe(line);
	});
	it('counts octets, not characters, and never splits a character', () => {
		const line = `FN:${'é'.repeat(60)}${'👋'.repeat(20)}`;
		const parts = foldLine(line).split('\r\n');
		for (const part of parts) {
			expect(octets(part)).toBeLessThanOrEqual(75);
			expect(part).not.toMatch(/\uFFFD/);
			expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).toBe(part);
		}
		expect(foldLine(line).replace(/\r\n /g, '')).toBe(line);
	});
	it('keeps an escape pair such as \\n on one line', () => {
		const line = `NOTE:${'a'.repeat(69)}\\n${'b'.repeat(10)}`;
		const [first] = foldLine(line).split('\r\n');
		expect(first!.endsWith('\\')).toBe(false);
	});
});

describe('vcard', () => {
	it('writes a vCard 4.0 with CRLF line endings and escaped values', () => {
		const card = vcard({
			name: 'Jo Smith, Jr.',
			tel: '+12025550123',
			reach: 'both',
			note: 'After work; any day\nShe listens',
			category: 'Sponsor or spiritual guide',
		});
		expect(card).toBe(
			[
				'BEGIN:VCARD',
				'VERSION:4.0',
				'FN:Jo Smith\\, Jr.',
				'N:;Jo Smith\\, Jr.;;;',
				'TEL;VALUE=uri;TYPE="voice,text":tel:+12025550123',
				'CATEGORIES:Sponsor or spiritual guide',
				'NOTE:After work\\; any day\\nShe listens',
				'END:VCARD',
				'',
			].join('\r\n')
		);
		expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});
	it('leaves out the number and note when there are none', () => {
		expect(vcard({ name: 'Sam' })).toBe('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Sam\r\nN:;Sam;;;\r\nEND:VCARD\r\n');
	});
	it('refuses a number that is not E.164, so nothing undialable reaches a phone', () => {
		expect(() => vcard({ name: 'Sam', tel: '555-0123' })).toThrow(/E\.164/);
	});
	it('folds a long note and puts several contacts in one file', () => {
		const file = vcards([
			{ name: 'A', note: 'x'.repeat(200) },
			{ name: 'B', tel: '+442079460958', reach: 'text' },
		]);
		expect(file.match(/BEGIN:VCARD/g)).toHaveLength(2);
		for (const line of file.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
		expect(file).toContain('TEL;VALUE=uri;TYPE="text":tel:+442079460958');
	});
});

describe('vcardFileName', () => {
	it('makes a safe file name from any name', () => {
		expect(vcardFileName('Jo Smith, Jr.')).toBe('jo-smith-jr.vcf');
		expect(vcardFileName('José')).toBe('jose.vcf');
		expect(vcardFileName('../../etc')).toBe('etc.vcf');
		expect(vcardFileName('💛')).toBe('contact.vcf');
	});

	it('falls back to the page’s word for a contact when the name leaves nothing', () => {
		expect(vcardFileName('💛', 'contacto')).toBe('contacto.vcf');
		expect(vcardFileName('Ana Ortiz', 'contacto')).toBe('ana-ortiz.vcf');
	});
});
