import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where builds keep what they may reuse; copies of the project that link node_modules share it. */
export const BUILD_CACHE = join(process.cwd(), 'node_modules/.cache/together-in-recovery');

/**
 * The bytes `make` returns for these `inputs`, made once and then read from `dir`. The inputs must
 * name everything the bytes depend on (words, code, fonts, library versions): they are the key.
 * Each file is written under a temporary name and renamed, so builds running side by side never
 * read half a file.
 */
export async function cachedBytes(
	dir: string,
	inputs: readonly (string | Uint8Array)[],
	make: () => Promise<Uint8Array>
): Promise<Uint8Array> {
	const hash = createHash('sha256');
	for (const input of inputs) hash.update(createHash('sha256').update(input).digest());
	const file = join(dir, hash.digest('hex'));
	try {
		return new Uint8Array(readFileSync(file));
	} catch {
		const bytes = await make();
		mkdirSync(dir, { recursive: true });
		const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
		writeFileSync(temporary, bytes);
		renameSync(temporary, file);
		return bytes;
	}
}
