/**
 * Proof on the real build: a broken link to the directory stops it, and a draft is nowhere in
 * what it writes, search included.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontmatterOf } from '../../src/lib/mdx-text';
import { astro, edit, projectCopy } from './project-copy';
import { searchBuiltSite } from './search-index';

describe('a broken link to the directory inside an article', () => {
	it('stops the build, naming the component and the missing support type', () => {
		projectCopy();
		edit(
			'content/articles/the-identity-shift.mdx',
			/<SupportTypeLink type="[^"]+"/,
			'<SupportTypeLink type="no-such-type"'
		);
		const { status, output } = astro('build');
		expect(status).not.toBe(0);
		expect(output).toContain(
			'<SupportTypeLink type="no-such-type">: no support type "no-such-type" in content/directory/support-types'
		);
	}, 120_000);
});

describe('drafts', () => {
	it('are nowhere in the build: no page, link, feed item or sitemap entry, and search cannot find them', async () => {
		const copy = projectCopy();
		// A draft no other article links to in its text (an <ArticleLink> to a draft stops the build).
		const draft = 'content/articles/letting-go-of-old-friends.mdx';
		const published = 'content/articles/the-identity-shift.mdx';
		const slugOf = (file: string) => file.replace(/^.*\/|\.mdx$/g, '');
		edit(draft, /^published: (.*)$/m, 'published: $1\ndraft: true');
		const { status, output } = astro('build');
		expect(status, output).toBe(0);
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
