/**
 * Proof on the real pipeline: a content mistake stops `astro sync` (the first step of every
 * build) with a message that names the file, the field and what is allowed; a broken link
 * inside an article's text stops `astro build` where it renders. One case for each way a mistake
 * reaches Astro (an article's frontmatter, a directory YAML file, a file name, a link in the
 * text); every rule's own message is a unit test of the schemas (unit/content-schemas.test.ts).
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
