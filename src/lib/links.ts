/** A dialable number: E.164 (`+18006624357`) or a national short code (`988`, `741741`, `911`). */
export const DIAL_NUMBER = /^(\+[1-9]\d{7,14}|\d{3,6})$/;
export const DIAL_NUMBER_RULE = 'must be E.164 like +18006624357, or a short code of 3 to 6 digits like 988';

function checked(number: string): string {
	if (!DIAL_NUMBER.test(number)) throw new Error(`Not a dialable number: "${number}" (${DIAL_NUMBER_RULE})`);
	return number;
}

/** `tel:` link for an E.164 number or short code. Throws on anything else, so typos never ship. */
export function telHref(number: string): string {
	return `tel:${checked(number)}`;
}

/**
 * `sms:` link, with an optional body (the keyword some text lines ask for). The body is
 * percent-encoded; `?&body=` is the form both iOS and Android accept.
 */
export function smsHref(number: string, body?: string): string {
	const base = `sms:${checked(number)}`;
	return body ? `${base}?&body=${encodeURIComponent(body)}` : base;
}
