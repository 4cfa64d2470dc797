/**
 * Proof on the real pipeline: a content mistake stops `astro sync` (the first step of every
 * build) with a message that names the file, the field and what is allowed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
/** Astro's CLI, run with the project's Node 22 (the one running the tests). */
const ASTRO = join(root, 'node_modules/astro/bin/astro.mjs');
let copy = '';

function projectCopy(): string {
	copy = mkdtempSync(join(tmpdir(), 'tir-content-'));
	for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		cpSync(join(root, entry), join(copy, entry), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
	return copy;
}

function edit(file: string, from: RegExp | string, to: string) {
	const path = join(copy, file);
	const text = readFileSync(path, 'utf8');
	const changed = text.replace(from, to);
	expect(changed, `edit of ${file}`).not.toBe(text);
	writeFileSync(path, changed);
}

function sync(): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, [ASTRO, 'sync'], {
		cwd: copy,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterEach(() => {
	if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('a content mistake fails the build with a clear message', () => {
	it('an unknown topic in an article', () => {
		projectCopy();
		edit('content/articles/feeling-alone-in-early-recovery.mdx', /^topics: .*$/m, 'topics: [lonelyness]');
		const { status, output } = sync();
		expect(status).not.toBe(0);
		expect(output).toContain('content/articles/feeling-alone-in-early-recovery.mdx');
		expect(output).toMatch(/topics\.0: unknown topic "lonelyness"; allowed: isolation, identity/);
	});

	it('a malformed phone number in an organisation', () => {
		projectCopy();
		edit(
			'content/directory/organisations/al-anon-and-alateen.yaml',
			/e164: "?\+18884252666"?/,
			'e164: "888-425-2666"'
		);
		const { status, output } = sync();
		expect(status).not.toBe(0);
		expect(output).toContain('content/directory/organisations/al-anon-and-alateen.yaml');
		expect(output).toMatch(/lines\.0\.e164: must be E\.164/);
	});

	it('a phone line whose only source is another site (S)', () => {
		projectCopy();
		edit(
			'content/directory/organisations/al-anon-and-alateen.yaml',
			/(fact-sheet-for-professionals\n\s+seen: [\d-]+\n\s+status: )V/,
			'$1S'
		);
		const { status, output } = sync();
		expect(status).not.toBe(0);
		expect(output).toContain('content/directory/organisations/al-anon-and-alateen.yaml');
		expect(output).toMatch(/lines: a phone or text line needs a fact with status V/);
	});

	it('a related article that does not exist', () => {
		projectCopy();
		edit(
			'content/articles/the-identity-shift.mdx',
			/^relatedArticles: \[/m,
			'relatedArticles: [no-such-article, '
		);
		const { status, output } = sync();
		expect(status).not.toBe(0);
		expect(output).toContain('content/articles/the-identity-shift.mdx');
		expect(output).toMatch(/relatedArticles\.0: unknown article "no-such-article"; allowed: /);
	});

	it('a file name that cannot be an address', () => {
		projectCopy();
		cpSync(
			join(copy, 'content/articles/the-identity-shift.mdx'),
			join(copy, 'content/articles/The Identity Shift.mdx')
		);
		const { status, output } = sync();
		expect(status).not.toBe(0);
		expect(output).toContain('The Identity Shift.mdx: file name must be lower-case words joined by hyphens');
	});
});

describe('a broken link to the directory inside an article', () => {
	it('stops the build, naming the component and the missing support type', () => {
		projectCopy();
		edit(
			'content/articles/the-identity-shift.mdx',
			/<SupportTypeLink type="[^"]+"/,
			'<SupportTypeLink type="no-such-type"'
		);
		const result = spawnSync(process.execPath, [ASTRO, 'build'], {
			cwd: copy,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		});
		expect(result.status).not.toBe(0);
		expect(`${result.stdout}${result.stderr}`).toContain(
			'<SupportTypeLink type="no-such-type">: no support type "no-such-type" in content/directory/support-types'
		);
	}, 120_000);
});

describe('drafts', () => {
	it('are nowhere in the build: no page, link, feed item, sitemap entry or search record', () => {
		projectCopy();
		edit('content/articles/the-identity-shift.mdx', /^published: (.*)$/m, 'published: $1\ndraft: true');
		const result = spawnSync(process.execPath, [ASTRO, 'build'], {
			cwd: copy,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		});
		expect(result.status, result.stderr).toBe(0);
		const found = spawnSync('grep', ['-rl', 'the-identity-shift', join(copy, 'dist')], { encoding: 'utf8' });
		expect(found.stdout).toBe('');
		// The title is unique to the draft; search index fragments are compressed, so check the
		// uncompressed HTML and feeds by title as well.
		const byTitle = spawnSync('grep', ['-rl', 'The identity shift', join(copy, 'dist')], {
			encoding: 'utf8',
		});
		expect(byTitle.stdout).toBe('');
		// A neighbour still builds and links only to published articles.
		const neighbour = readFileSync(join(copy, 'dist/articles/letting-go-of-old-friends/index.html'), 'utf8');
		expect(neighbour).toContain('<h1');
	}, 120_000);
});
