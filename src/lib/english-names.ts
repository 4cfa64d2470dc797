/**
 * English names (organisations, programmes, institutes) inside the text of a page in another
 * language, marked with lang="en" so screen readers say them in an English voice (WCAG 3.1.2).
 * Works on finished HTML, so text from MDX, YAML and the dictionary is covered in one place.
 */

/** Elements whose text cannot hold markup, or is not read as text. */
const RAW = new Set(['script', 'style', 'title', 'textarea', 'option', 'code']);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `html` with every name in `names` that stands in plain text (not in a tag, attribute, script or
 * an element already marked lang="en") wrapped in `<span lang="en">`. Longer names win.
 */
export function markEnglishNames(html: string, names: readonly string[]): string {
	const list = [...new Set(names)].filter((n) => n.trim()).sort((a, b) => b.length - a.length);
	if (list.length === 0) return html;
	// A name counts only as whole words: no letter or digit right before or after it.
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(${list.map((n) => escapeRegExp(escapeHtml(n))).join('|')})(?![\\p{L}\\p{N}])`,
		'gu'
	);
	const stack: { name: string; depth: number }[] = [];
	let raw: string | undefined;
	return html
		.split(/(<[^>]*>)/)
		.map((part) => {
			const tag = /^<(\/)?([a-zA-Z][\w-]*)/.exec(part);
			if (tag) {
				const [, closing, tagName] = tag;
				const name = tagName!.toLowerCase();
				const top = stack.at(-1);
				if (raw) {
					if (closing && name === raw) raw = undefined;
				} else if (closing) {
					if (top?.name === name) {
						if (top.depth > 0) top.depth--;
						else stack.pop();
					}
				} else if (RAW.has(name) && !part.endsWith('/>')) {
					raw = name;
				} else if (/\slang="en(-[A-Z]{2})?"/.test(part)) {
					stack.push({ name, depth: 0 });
				} else if (top?.name === name) {
					top.depth++;
				}
				return part;
			}
			if (raw || stack.length > 0 || part.startsWith('<')) return part;
			return part.replace(pattern, '<span lang="en">$1</span>');
		})
		.join('');
}
