/**
 * Formatting for dictionary words: `{name}` placeholders and plural forms chosen with
 * Intl.PluralRules, numbers with Intl.NumberFormat. Pure and small so browser scripts can use it.
 */

/** Plural forms of one phrase, keyed by Intl.PluralRules categories; `other` is required. */
export type Plural = { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** Replace `{name}` placeholders with values; unknown placeholders are left as they are. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
		key in values ? String(values[key]) : whole
	);
}

/** A count in words for `intl` (e.g. "en-US"): `{count}` is the number, formatted for the locale. */
export function plural(intl: string, forms: Plural, count: number, values: Record<string, string> = {}) {
	const category = new Intl.PluralRules(intl).select(count);
	const template = forms[category] ?? forms.other;
	return fill(template, { ...values, count: new Intl.NumberFormat(intl).format(count) });
}

/**
 * A template split around one placeholder, for markup that wraps the value in an element:
 * `around('Call {number} now', 'number')` gives `['Call ', ' now']`.
 */
export function around(template: string, key: string): [before: string, after: string] {
	const at = template.indexOf(`{${key}}`);
	if (at < 0) return [template, ''];
	return [template.slice(0, at), template.slice(at + key.length + 2)];
}
