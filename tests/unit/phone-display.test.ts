// Made-up numbers (555-01xx is reserved for fiction), real short codes, and real vanity forms:
// inputs to a pure function, not the site's configuration.
import { describe, expect, it } from 'vitest';
import { keypadDigits, phoneProblem } from '../../src/lib/phone-display';

describe('phoneProblem: the display form and the E.164 value are one number', () => {
	it.each([
		['+12025550123', '(202) 555-0123'],
		['+18006624357', '1-800-662-4357'],
		['+18006624357', '1-800-662-4357 (1-800-662-HELP)'],
		['+18884252666', '1-888-425-2666 (888-4AL-ANON)'],
		['+18004874889', '1-800-487-4889'],
		['+12025550123', '202.555.0123'],
		['+442079460958', '+44 20 7946 0958'],
		['988', '988'],
		['911', '911'],
		['741741', '741741'],
	])('accepts %s shown as "%s"', (e164, display) => {
		expect(phoneProblem({ e164, display })).toBeUndefined();
	});

	it.each([
		// One digit off, a swapped pair, a wrong area code.
		['+12025550123', '(202) 555-0128', 'it reads as +12025550128'],
		['+12025550123', '(202) 555-0132', 'it reads as +12025550132'],
		['+12025550123', '(212) 555-0123', 'it reads as +12125550123'],
		// The vanity form spells another number.
		['+18006624357', '1-800-662-4357 (1-800-662-HELL)', 'it reads as +18006624355'],
		['+18884252666', '1-888-425-2666 (888-4AL-ATON)', 'it reads as +18884252866'],
		// A short code shown with other digits.
		['988', '1-988', 'it reads as 1988'],
		['741741', '741 714', 'it reads as 741714'],
		['911', 'Nine-1-1', 'it reads as 646311'],
	])('rejects %s shown as "%s", with both values', (e164, display, reads) => {
		const problem = phoneProblem({ e164, display });
		expect(problem?.field).toBe('display');
		expect(problem?.message).toContain(`display "${display}" does not match e164 "${e164}"`);
		expect(problem?.message).toContain(reads);
	});

	it('rejects an E.164 value that no country uses', () => {
		expect(phoneProblem({ e164: '+10000000000', display: '000-000-0000' })).toEqual({
			field: 'e164',
			message: 'e164 "+10000000000" is not a valid phone number',
		});
	});

	it('leaves a malformed e164 to the schema rule that already names it', () => {
		expect(phoneProblem({ e164: '(202) 555-0123', display: '(202) 555-0123' })).toBeUndefined();
	});
});

describe('keypadDigits', () => {
	it('turns letters into the digits of a phone keypad', () => {
		expect(keypadDigits('1-800-662-HELP')).toBe('1-800-662-4357');
		expect(keypadDigits('888-4al-anon')).toBe('888-425-2666');
		expect(keypadDigits('PQRS TUV WXYZ')).toBe('7777 888 9999');
	});
});
