// Inputs are made-up numbers (555-01xx is reserved for fiction): these are pure functions,
// and the site's real numbers live only in src/config/site.ts.
import { describe, expect, it } from 'vitest';
import { smsHref, telHref } from '../../src/lib/links';

describe('telHref', () => {
	it('links E.164 numbers and short codes', () => {
		expect(telHref('+12025550123')).toBe('tel:+12025550123');
		expect(telHref('123')).toBe('tel:123');
		expect(telHref('555555')).toBe('tel:555555');
	});

	it.each(['(202) 555-0123', '1-202-555-0123', '+0123456789', '', '12', 'tel:123', '+1202555012x'])(
		'rejects %j',
		(bad) => {
			expect(() => telHref(bad)).toThrow(/Not a dialable number: .*must be E\.164/);
		}
	);
});

describe('smsHref', () => {
	it('links a number without a body', () => {
		expect(smsHref('123')).toBe('sms:123');
	});

	it('adds an encoded keyword body', () => {
		expect(smsHref('555555', 'START')).toBe('sms:555555?&body=START');
		expect(smsHref('555555', 'hi & bye')).toBe('sms:555555?&body=hi%20%26%20bye');
	});

	it('rejects a malformed number', () => {
		expect(() => smsHref('555 555', 'START')).toThrow(/Not a dialable number/);
	});
});
