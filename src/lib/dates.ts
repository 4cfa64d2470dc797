const formats = new Map<string, Intl.DateTimeFormat>();

/** A date as readers of a language expect it: "November 26, 2026" for `en-US`. */
export function formatDate(date: Date, intl = 'en-US'): string {
	if (!formats.has(intl))
		formats.set(intl, new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' }));
	return formats.get(intl)!.format(date);
}

/** A date for `<time datetime>` and JSON-LD: "2026-11-26". */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
