/**
 * Proof on the real pipeline: a content mistake stops `astro sync` (the first step of every
 * build) with a message that names the file, the field and what is allowed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { frontmatterOf } from '../../src/lib/mdx-text';
import { searchBuiltSite } from './search-index';

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

	it('a phone number shown with other digits than it dials', () => {
		projectCopy();
		edit(
			'content/directory/organisations/al-anon-and-alateen.yaml',
			/display: 1-888-425-2666/,
			'display: 1-888-425-2606'
		);
		const { status, output } = sync();
		expect(status).not.toBe(0);
		expect(output).toContain('content/directory/organisations/al-anon-and-alateen.yaml');
		expect(output).toContain(
			'lines.0.display: display "1-888-425-2606 (888-4AL-ANON)" does not match e164 "+18884252666"'
		);
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
	it('are nowhere in the build: no page, link, feed item or sitemap entry, and search cannot find them', async () => {
		projectCopy();
		// A draft no other article links to in its text (an <ArticleLink> to a draft stops the build).
		const draft = 'content/articles/letting-go-of-old-friends.mdx';
		const published = 'content/articles/the-identity-shift.mdx';
		const slugOf = (file: string) => file.replace(/^.*\/|\.mdx$/g, '');
		edit(draft, /^published: (.*)$/m, 'published: $1\ndraft: true');
		const result = spawnSync(process.execPath, [ASTRO, 'build'], {
			cwd: copy,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		});
		expect(result.status, result.stderr).toBe(0);
		const dist = join(copy, 'dist');
		const titleOf = (file: string) => String(frontmatterOf(readFileSync(join(copy, file), 'utf8')).title);
		const [draftTitle, publishedTitle] = [titleOf(draft), titleOf(published)];
		// Pages, links, the feed and the sitemap are plain text: the draft's address and title are in none.
		for (const text of [slugOf(draft), draftTitle]) {
			expect(spawnSync('grep', ['-rlF', text, dist], { encoding: 'utf8' }).stdout, text).toBe('');
		}
		// The search index is compressed: ask it, through Pagefind's API, for the draft's title, and
		// for a published article's title to show that the same search does find articles.
		const results = await searchBuiltSite(dist, [draftTitle, publishedTitle]);
		expect(results.get(publishedTitle)).toContain(`/articles/${slugOf(published)}/`);
		expect(results.get(draftTitle)!.length).toBeGreaterThan(0);
		expect(results.get(draftTitle)).not.toContain(`/articles/${slugOf(draft)}/`);
		// A neighbour still builds and links only to published articles.
		const neighbour = readFileSync(join(dist, `articles/${slugOf(published)}/index.html`), 'utf8');
		expect(neighbour).toContain('<h1');
	}, 180_000);
});
