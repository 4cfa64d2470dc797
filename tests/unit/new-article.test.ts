import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/content-schemas';
import { frontmatterOf } from '../../src/lib/mdx-text';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'tir-new-'));
mkdirSync(join(dir, 'content/articles'), { recursive: true });
cpSync(join(root, 'content/topics.yaml'), join(dir, 'content/topics.yaml'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
	spawnSync(join(root, 'node_modules/.bin/node'), [join(root, 'tests/tools/new-article.ts'), ...args], {
		cwd: dir,
		encoding: 'utf8',
	});

describe('npm run new:article', () => {
	it('creates a draft whose frontmatter passes the article schema', () => {
		const result = run("Finding your people after a move: what's different");
		expect(result.status, result.stderr).toBe(0);
		const file = join(dir, 'content/articles/finding-your-people-after-a-move-whats-different.mdx');
		expect(existsSync(file)).toBe(true);
		const front = frontmatterOf(readFileSync(file, 'utf8'));
		const parsed = articleSchema({
			topics: ['isolation', 'identity', 'mutual-help', 'relationships', 'families', 'after-treatment'],
			articles: [],
			supportTypes: [],
		}).parse(front);
		expect(parsed.draft).toBe(true);
		expect(parsed.title).toBe("Finding your people after a move: what's different");
	});

	it('refuses to overwrite an existing article', () => {
		const result = run("Finding your people after a move: what's different");
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/already exists/);
	});

	it('explains how to call it when the title is missing', () => {
		const result = run();
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/Usage: npm run new:article/);
	});
});
