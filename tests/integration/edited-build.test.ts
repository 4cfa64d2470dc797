/**
 * Two edits a maintainer makes, proved on one real build of an edited copy of the project (a
 * build costs more than all the checks on it):
 * - a facet group is one edit: add a group to src/lib/facets.ts, give the content its values,
 *   build, and find the group everywhere it belongs (schema, filters, cards, guided finder,
 *   support type pages, Pagefind filters, search filters);
 * - a draft is nowhere in what the build writes, search included.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frontmatterOf } from '../../src/lib/mdx-text';
import { searchBuiltSite } from './search-index';

const root = new URL('../../', import.meta.url).pathname;
const ASTRO = join(root, 'node_modules/astro/bin/astro.mjs');
const copy = mkdtempSync(join(tmpdir(), 'tir-facet-'));
const typesDir = join(copy, 'content/directory/support-types');
const dist = join(copy, 'dist');

const GROUP = `	{
		id: 'setting',
		field: 'settings',
		label: { en: 'Setting', es: 'Lugar' },
		question: { en: 'Where does it happen?', es: '¿Dónde ocurre?' },
		finderQuestion: { en: 'Indoors or outdoors?', es: '¿Bajo techo o al aire libre?' },
		values: [
			{ id: 'indoors', label: { en: 'Indoors', es: 'Bajo techo' } },
			{ id: 'outdoors', label: { en: 'Outdoors', es: 'Al aire libre' } },
		],
	},
`;

function astro(...args: string[]) {
	const result = spawnSync(process.execPath, [ASTRO, ...args], {
		cwd: copy,
		encoding: 'utf8',
		// Compressed copies of the pages are not what these tests read (and take a third of the build).
		env: {
			...process.env,
			PRECOMPRESS: 'off',
			ASTRO_TELEMETRY_DISABLED: '1',
			NO_COLOR: '1',
			FORCE_COLOR: '0',
		},
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function addField(file: string, value: string) {
	const path = join(typesDir, file);
	writeFileSync(path, `${readFileSync(path, 'utf8').trimEnd()}\nsettings: [${value}]\n`);
}

afterAll(() => rmSync(copy, { recursive: true, force: true }));

for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
	cpSync(join(root, entry), join(copy, entry), { recursive: true });
}
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
// A draft no other article links to in its text (an <ArticleLink> to a draft stops the build).
const draft = 'content/articles/letting-go-of-old-friends.mdx';
const published = 'content/articles/the-identity-shift.mdx';
const slugOf = (file: string) => file.replace(/^.*\/|\.mdx$/g, '');
const titleOf = (file: string) => String(frontmatterOf(readFileSync(join(copy, file), 'utf8')).title);
{
	const path = join(copy, draft);
	writeFileSync(path, readFileSync(path, 'utf8').replace(/^published: (.*)$/m, 'published: $1\ndraft: true'));
}

describe('adding a facet group is one edit in src/lib/facets.ts, plus the content', () => {
	const facets = join(copy, 'src/lib/facets.ts');
	const source = readFileSync(facets, 'utf8');
	const end = '] as const satisfies readonly FacetGroup[];';
	expect(source).toContain(end);
	writeFileSync(facets, source.replace(end, `${GROUP}${end}`));
	const [first, ...others] = readdirSync(typesDir).filter((f) => f.endsWith('.yaml') && !f.startsWith('_'));

	it('content without the new field fails with the file, the field and the allowed values', () => {
		for (const file of others) addField(file, 'indoors');
		const { status, output } = astro('sync');
		expect(status).not.toBe(0);
		expect(output).toContain(first);
		expect(output).toMatch(/settings/);
	}, 120_000);

	it('with its values, the group flows through to every place that shows facets', () => {
		addField(first!, 'outdoors');
		const { status, output } = astro('build');
		expect(status, output).toBe(0);
		const directory = readFileSync(join(dist, 'directory/index.html'), 'utf8');
		const typePage = readFileSync(join(dist, 'directory', first!.replace('.yaml', ''), 'index.html'), 'utf8');
		const search = readFileSync(join(dist, 'search/index.html'), 'utf8');
		// The directory's filters and the guided finder ask about it, with its labels.
		expect(directory).toMatch(/<legend[^>]*>Where does it happen\?<\/legend>/);
		expect(directory).toMatch(/<input[^>]*type="checkbox"[^>]*name="setting"[^>]*value="outdoors"/);
		expect(directory).toMatch(/<legend[^>]*>Indoors or outdoors\?<\/legend>/);
		// Each card carries its values for the client filter.
		expect(directory).toMatch(/data-setting="outdoors"/);
		expect(directory).toMatch(/data-setting="indoors"/);
		// The support type page shows it and gives it to Pagefind as a filter.
		expect(typePage).toMatch(/<dt[^>]*>Setting<\/dt>\s*<dd[^>]*>Outdoors<\/dd>/);
		expect(typePage).toMatch(/data-pagefind-filter="setting"[^>]*>\s*Outdoors/);
		// The search page offers it as a filter group.
		expect(search).toMatch(/<legend[^>]*>Setting<\/legend>/);
		expect(search).toMatch(/name="setting"[^>]*value="Outdoors"/);
	}, 180_000);
});

describe('drafts', () => {
	beforeAll(() => {
		expect(readdirSync(dist), 'the build above ran').toContain('index.html');
	});

	it('are nowhere in the build: no page, link, feed item or sitemap entry, and search cannot find them', async () => {
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
	}, 60_000);
});
