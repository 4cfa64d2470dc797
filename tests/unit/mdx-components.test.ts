/**
 * The components authors use in articles, rendered with Astro's Container API: the ones that
 * guard facts and numbers refuse bad input, and numbers always come from the configuration.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Callout from '../../src/components/mdx/Callout.astro';
import CrisisCallout from '../../src/components/mdx/CrisisCallout.astro';
import HelplineCallout from '../../src/components/mdx/HelplineCallout.astro';
import Quote from '../../src/components/mdx/Quote.astro';
import TheirWords from '../../src/components/mdx/TheirWords.astro';
import { crisisLine, HELPLINE } from '../../src/config';
import { smsHref, telHref } from '../../src/lib/links';

const lifeline = crisisLine('lifeline988');

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

describe('Quote', () => {
	it('renders the quotation with its named, linked source', async () => {
		const html = await container.renderToString(Quote, {
			props: {
				source: 'NIDA, Words Matter',
				url: 'https://nida.nih.gov/research-topics/addiction-science/words-matter-preferred-language-talking-about-addiction',
			},
			slots: { default: 'Quoted words.' },
		});
		expect(html).toMatch(/<blockquote[^>]*>Quoted words\.<\/blockquote>/);
		expect(html).toMatch(
			/<figcaption[^>]*>\s*<a href="https:\/\/nida\.nih\.gov\/[^"]+"[^>]*>NIDA, Words Matter<\/a>/
		);
		expect(html).toContain('data-lint-skip');
	});

	it('refuses a quotation without a named source', async () => {
		await expect(
			container.renderToString(Quote, {
				props: { source: '', url: 'https://example.org' },
				slots: { default: 'x' },
			})
		).rejects.toThrow(/needs a `source`/);
	});

	it('refuses a source that cannot be checked over https', async () => {
		await expect(
			container.renderToString(Quote, {
				props: { source: 'Someone', url: 'http://example.org' },
				slots: { default: 'x' },
			})
		).rejects.toThrow(/needs a `url` starting with https:\/\//);
	});
});

describe('Callout', () => {
	it('refuses an unknown tone', async () => {
		await expect(container.renderToString(Callout, { props: { tone: 'loud' } })).rejects.toThrow(
			/tone must be note, tip or care/
		);
	});
});

describe('HelplineCallout and CrisisCallout', () => {
	it('take every number from the configuration module', async () => {
		const helpline = await container.renderToString(HelplineCallout);
		expect(helpline).toContain(`href="tel:${HELPLINE.call.e164}"`);
		expect(helpline.replace(/<[^>]+>/g, '')).toContain(HELPLINE.call.display);
		expect(helpline).toContain(`href="${telHref(lifeline.call!.e164)}"`);
		expect(helpline).toContain('data-pagefind-ignore');

		const crisis = await container.renderToString(CrisisCallout);
		expect(crisis).toContain(`href="${telHref(lifeline.call!.e164)}"`);
		expect(crisis).toContain(`href="${smsHref(lifeline.text!.e164)}"`);
		const { e164, keyword } = crisisLine('crisisText').text!;
		expect(crisis).toContain(`href="${smsHref(e164, keyword).replace('&', '&amp;')}"`);
		expect(crisis).toContain(`href="${telHref(crisisLine('emergency').call!.e164)}"`);
	});
});

describe('TheirWords', () => {
	it('marks its words so the content lint skips them', async () => {
		const html = await container.renderToString(TheirWords, { slots: { default: 'alcoholics' } });
		expect(html).toMatch(/^<span data-lint-skip[^>]*>alcoholics<\/span>$/);
	});
});
