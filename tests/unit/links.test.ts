import { describe, expect, it } from 'vitest';
import { smsHref, telHref } from '../../src/lib/links';

describe('telHref', () => {
	it('links E.164 numbers and short codes', () => {
		expect(telHref('+18447448783')).toBe('tel:+18447448783');
		expect(telHref('988')).toBe('tel:988');
		expect(telHref('911')).toBe('tel:911');
	});

	it.each(['(844) 744-8783', '1-800-662-4357', '+0123456789', '', '12', 'tel:988', '+1844744878x'])(
		'rejects %j',
		(bad) => {
			expect(() => telHref(bad)).toThrow(/Not a dialable number: .*must be E\.164/);
		}
	);
});

describe('smsHref', () => {
	it('links a number without a body', () => {
		expect(smsHref('988')).toBe('sms:988');
	});

	it('adds an encoded keyword body', () => {
		expect(smsHref('741741', 'HOME')).toBe('sms:741741?&body=HOME');
		expect(smsHref('741741', 'hi & bye')).toBe('sms:741741?&body=hi%20%26%20bye');
	});

	it('rejects a malformed number', () => {
		expect(() => smsHref('741 741', 'HOME')).toThrow(/Not a dialable number/);
	});
});
