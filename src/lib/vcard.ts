/**
 * A small vCard 4.0 writer (RFC 6350), for "Add to my phone's contacts". Only what the planner
 * needs: a name, a number and a note. Every text value is escaped (backslash, comma, semicolon,
 * newline: section 3.4), lines end in CRLF and are folded at 75 octets without splitting a
 * character (section 3.2). Pure, so it runs in the browser and in the unit tests.
 */

const CRLF = '\r\n';
const LINE_OCTETS = 75;

/** Escape a text value: `\` `,` `;` and newlines (CRLF, LF or CR become `\n`). */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/,/g, '\\,')
		.replace(/;/g, '\\;')
		.replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/**
 * Fold one content line so no line is longer than 75 octets (the CRLF not counted). Each
 * continuation starts with one space, which counts towards its 75. Multi-octet characters and
 * escape pairs such as `\n` stay whole.
 */
export function foldLine(line: string): string {
	const units = line.match(/\\.|[\s\S]/gu) ?? [];
	const lines: string[] = [];
	let current = '';
	let size = 0;
	for (const unit of units) {
		const limit = lines.length === 0 ? LINE_OCTETS : LINE_OCTETS - 1;
		const length = octets(unit);
		if (size + length > limit) {
			lines.push(current);
			current = '';
			size = 0;
		}
		current += unit;
		size += length;
	}
	lines.push(current);
	return lines.join(`${CRLF} `);
}

export interface VCardContact {
	/** The name as the reader wrote it. */
	name: string;
	/** E.164 number, or '' / undefined for none. */
	tel?: string;
	/** How the reader reaches them; sets the number's TYPE. */
	reach?: 'call' | 'text' | 'both';
	/** A free-text note (when I reach out, what they help with). */
	note?: string;
	/** A category, such as the kind of support. */
	category?: string;
}

const TEL_TYPES = { call: 'voice', text: 'text', both: 'voice,text' } as const;

/** One contact as a vCard 4.0, ending in CRLF. */
export function vcard(contact: VCardContact): string {
	const name = contact.name.trim() || '?';
	const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeText(name)}`, `N:;${escapeText(name)};;;`];
	if (contact.tel) {
		if (!/^\+[1-9]\d{7,14}$/.test(contact.tel)) throw new Error(`Not an E.164 number: ${contact.tel}`);
		lines.push(`TEL;VALUE=uri;TYPE="${TEL_TYPES[contact.reach ?? 'call']}":tel:${contact.tel}`);
	}
	if (contact.category?.trim()) lines.push(`CATEGORIES:${escapeText(contact.category.trim())}`);
	if (contact.note?.trim()) lines.push(`NOTE:${escapeText(contact.note.trim())}`);
	lines.push('END:VCARD');
	return lines.map(foldLine).join(CRLF) + CRLF;
}

/** Several contacts in one .vcf file. */
export function vcards(contacts: readonly VCardContact[]): string {
	return contacts.map(vcard).join('');
}

/** A safe file name for a contact's .vcf: letters, digits and hyphens, or `fallback`. */
export function vcardFileName(name: string, fallback = 'contact'): string {
	const slug = name
		.normalize('NFKD')
		.replace(/[^\w\s-]/g, '')
		.trim()
		.replace(/[\s_]+/g, '-')
		.toLowerCase()
		.slice(0, 40);
	return `${slug || fallback}.vcf`;
}
