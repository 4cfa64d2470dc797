import { dialNumber } from './site-config-schema';

function checked(number: string): string {
	const result = dialNumber.safeParse(number);
	if (!result.success) {
		throw new Error(`Not a dialable number: "${number}" (${result.error.issues[0]?.message})`);
	}
	return result.data;
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
