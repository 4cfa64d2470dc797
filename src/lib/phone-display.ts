/**
 * Does a phone number's display form (what readers see) dial the same number as its `e164`
 * (what phones dial)? Checked when the site builds, so the two can never drift apart.
 * Server-only: it loads libphonenumber-js's metadata, which no browser script needs.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { DIAL_NUMBER } from './links';

/** Letters on a phone keypad (ITU E.161), for vanity forms such as 1-800-662-HELP. */
const KEYPAD: Record<string, string> = Object.fromEntries(
	['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'].flatMap((letters, i) =>
		[...letters].map((letter) => [letter, String(i + 2)])
	)
);

/** A vanity form with its letters turned into the digits they stand for. */
export function keypadDigits(form: string): string {
	return form.toUpperCase().replace(/[A-Z]/g, (letter) => KEYPAD[letter]!);
}

/**
 * The forms a display string offers: the number itself and, in trailing parentheses, an
 * alternative such as its vanity spelling ("1-800-662-4357 (1-800-662-HELP)"). A leading area
 * code in parentheses, as in "(202) 555-0123", is part of the number.
 */
function displayForms(display: string): string[] {
	const alternative = display.match(/^(.*\d.*?)\s+\(([^()]+)\)$/);
	return alternative ? [alternative[1]!, alternative[2]!] : [display];
}

/** What one display form dials: E.164 for a full number, the bare digits for a short code. */
function dialledBy(form: string, e164: string): string | undefined {
	const digits = keypadDigits(form);
	if (!e164.startsWith('+')) return digits.replace(/\D/g, '') || undefined;
	const country = parsePhoneNumberFromString(e164)?.country;
	return parsePhoneNumberFromString(digits, country ?? 'US')?.number;
}

export interface PhoneProblem {
	field: 'e164' | 'display';
	message: string;
}

/**
 * Why `display` and `e164` do not describe the same number, or undefined when they do.
 * An E.164 number must be a valid number for its country, and every form of its display must
 * parse (in that country) to it; a short code's display must be those digits and no others.
 */
export function phoneProblem({ e164, display }: { e164: string; display: string }): PhoneProblem | undefined {
	// A malformed e164 already has its own error from the schema; one message is enough.
	if (!DIAL_NUMBER.test(e164)) return undefined;
	if (e164.startsWith('+') && !parsePhoneNumberFromString(e164)?.isValid()) {
		return { field: 'e164', message: `e164 "${e164}" is not a valid phone number` };
	}
	for (const form of displayForms(display)) {
		const dialled = dialledBy(form, e164);
		if (dialled !== e164) {
			const reads = dialled ? `it reads as ${dialled}` : 'it does not read as a phone number';
			return {
				field: 'display',
				message: `display "${display}" does not match e164 "${e164}": ${reads}`,
			};
		}
	}
	return undefined;
}
