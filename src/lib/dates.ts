const format = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** A date as readers expect it: "November 26, 2026". */
export function formatDate(date: Date): string {
	return format.format(date);
}

/** A date for `<time datetime>` and JSON-LD: "2026-11-26". */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
