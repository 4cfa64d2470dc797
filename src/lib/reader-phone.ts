/**
 * Checking a phone number a reader types into the planner, with libphonenumber-js (the same
 * library the build uses to check the configured numbers, src/lib/phone-display.ts). The
 * planner loads this module on first use of a phone field, so its metadata (about 30 KB
 * compressed) never weighs on the page's first load.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { E164 } from './circle';

export type PhoneCheck =
	| { status: 'empty' }
	| { status: 'invalid' }
	/** `tel` is what phones dial (E.164); `display` is the number in a readable, dialable form. */
	| { status: 'valid'; tel: string; display: string };

/**
 * Check a typed number. Numbers without a country code are read as numbers of `country` (the
 * site's readers are in the United States); numbers from elsewhere start with + and their code.
 */
export function checkPhone(input: string, country: CountryCode = 'US'): PhoneCheck {
	const typed = input.trim();
	if (typed === '') return { status: 'empty' };
	// Digits, spaces, ()+.- and an extension ("ext. 2"); anything else is not a number.
	if (!/\d/.test(typed) || /[^\d\s()+.\-extEXT#]/.test(typed)) return { status: 'invalid' };
	const number = parsePhoneNumberFromString(typed, country);
	// Only numbers a tel: link can carry, so every valid number is dialable.
	if (!number?.isValid() || !E164.test(number.number)) return { status: 'invalid' };
	const display = number.country === country ? number.formatNational() : number.formatInternational();
	return { status: 'valid', tel: number.number, display };
}
