/**
 * Proof on the real pipeline: a content mistake stops `astro sync` (the first step of every
 * build) with a message that names the file, the field and what is allowed; a broken link
 * inside an article's text stops `astro build` where it renders.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astro, edit, projectCopy } from './project-copy';

// Each case runs Astro in a copy of the project: seconds on an idle machine, much more on a busy one.
describe('a content mistake fails the build with a clear message', { timeout: 120_000 }, () => {
	it('an unknown topic in an article', () => {
		projectCopy();
		edit('content/articles/feeling-alone-in-early-recovery.mdx', /^topics: .*$/m, 'topics: [lonelyness]');
		const { status, output } = astro('sync');
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
		const { status, output } = astro('sync');
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
		const { status, output } = astro('sync');
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
		const { status, output } = astro('sync');
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
		const { status, output } = astro('sync');
		expect(status).not.toBe(0);
		expect(output).toContain('content/articles/the-identity-shift.mdx');
		expect(output).toMatch(/relatedArticles\.0: unknown article "no-such-article"; allowed: /);
	});

	it('a file name that cannot be an address', () => {
		const copy = projectCopy();
		cpSync(
			join(copy, 'content/articles/the-identity-shift.mdx'),
			join(copy, 'content/articles/The Identity Shift.mdx')
		);
		const { status, output } = astro('sync');
		expect(status).not.toBe(0);
		expect(output).toContain('The Identity Shift.mdx: file name must be lower-case words joined by hyphens');
	});

	it('a broken link to the directory inside an article', () => {
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
