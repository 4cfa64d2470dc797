/**
 * A throwaway copy of the project (node_modules linked) for tests that run Astro on broken or
 * changed content, with the helpers they share.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
/** Astro's CLI, run with the project's Node 22 (the one running the tests). */
const ASTRO = join(root, 'node_modules/astro/bin/astro.mjs');
let copy = '';

/** Make a fresh copy; it is removed after each test. */
export function projectCopy(): string {
	copy = mkdtempSync(join(tmpdir(), 'tir-content-'));
	for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		cpSync(join(root, entry), join(copy, entry), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
	return copy;
}

afterEach(() => {
	if (copy) rmSync(copy, { recursive: true, force: true });
	copy = '';
});

/** Replace `from` with `to` in a file of the copy; the file must change. */
export function edit(file: string, from: RegExp | string, to: string) {
	const path = join(copy, file);
	const text = readFileSync(path, 'utf8');
	const changed = text.replace(from, to);
	expect(changed, `edit of ${file}`).not.toBe(text);
	writeFileSync(path, changed);
}

/** Run `astro <command>` in the copy. */
export function astro(command: 'sync' | 'build'): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, [ASTRO, command], {
		cwd: copy,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
