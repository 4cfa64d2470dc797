/**
 * Reads a Netlify/Cloudflare-style `_headers` file: blocks of a path pattern followed by
 * indented `Name: value` lines. Used by the local server so tests see the headers a static
 * host would send.
 */
export interface HeaderRule {
	pattern: string;
	headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const raw of text.split('\n')) {
		if (!raw.trim() || raw.trim().startsWith('#')) continue;
		if (!/^\s/.test(raw)) {
			rules.push({ pattern: raw.trim(), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const colon = raw.indexOf(':');
		if (!rule || colon < 0) throw new Error(`_headers: header line outside a rule: "${raw}"`);
		rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
	}
	return rules;
}

/** Whether a request path matches a rule pattern (`*` matches any run of characters). */
export function matchesPattern(pattern: string, path: string): boolean {
	const regex = new RegExp(
		`^${pattern
			.split('*')
			.map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
			.join('.*')}$`
	);
	return regex.test(path);
}

/** All headers for `path`, later rules adding to earlier ones. */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
	return rules.filter((r) => matchesPattern(r.pattern, path)).flatMap((r) => r.headers);
}
