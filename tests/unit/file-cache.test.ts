import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedBytes } from '../../src/lib/file-cache';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const freshDir = () => {
	const dir = join(mkdtempSync(join(tmpdir(), 'tir-cache-')), 'images');
	dirs.push(dir);
	return dir;
};

describe('bytes made once and then read from the cache', () => {
	it('makes the bytes the first time and reads them after, for the same inputs', async () => {
		const dir = freshDir();
		let made = 0;
		const make = async () => new Uint8Array([1, 2, made++]);
		const first = await cachedBytes(dir, ['title', 'renderer v1'], make);
		const second = await cachedBytes(dir, ['title', 'renderer v1'], make);
		expect(made).toBe(1);
		expect(second).toEqual(first);
		expect(readdirSync(dir)).toHaveLength(1);
	});

	it('makes them again when any input differs, words or code alike', async () => {
		const dir = freshDir();
		let made = 0;
		const make = async () => new Uint8Array([made++]);
		await cachedBytes(dir, ['title', 'renderer v1'], make);
		await cachedBytes(dir, ['another title', 'renderer v1'], make);
		await cachedBytes(dir, ['title', 'renderer v2'], make);
		// Inputs are hashed one by one, so moving text from one to the next is another key.
		await cachedBytes(dir, ['titl', 'erenderer v1'], make);
		expect(made).toBe(4);
	});
});
