/**
 * A Spanish-speaking reader on a phone: lands on /es/, can reach a Spanish-speaking person in one
 * tap, finds the articles for families, filters the directory and searches, all in Spanish.
 * Words and addresses come from the dictionaries, the configuration and the content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test, type Page } from '@playwright/test';
import { configFor, crisisLine } from '../../src/config';
import { fill, plural, words } from '../../src/i18n';
import { SEGMENTS_ES } from '../../src/i18n/routes';
import { facetGroup } from '../../src/lib/facets';
import { PHONE } from './support/checks';
import { supportTypes, valuesIn } from './support/data';
import { ROOT } from './support/site';

const t = words('es');
const yaml = <T>(file: string) => parse(readFileSync(join(ROOT, file), 'utf8')) as T;
const hubs = yaml<{ id: string; readingPath: string[] }[]>('content/hubs.yaml');
const hubsEs = yaml<{ id: string; slug: string; title: string }[]>('content/es/hubs.yaml');
const glossaryEs = yaml<{ id: string; term: string }[]>('content/es/glossary.yaml');

/** The page is in Spanish: its language, and every link in <main> leads to a Spanish page. */
async function expectSpanish(page: Page) {
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	const internal = await page
		.locator('main a[href^="/"]')
		.evaluateAll((links) => links.map((a) => [a.getAttribute('href')!, a.getAttribute('hreflang')]));
	const english = internal.filter(([href, hreflang]) => !href?.startsWith('/es/') && hreflang !== 'en');
	expect(english, `${page.url()}: links to English pages not marked hreflang="en"`).toEqual([]);
}

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

test('a Spanish-speaking reader on a phone reaches help, the family articles, the directory and search in Spanish', async ({
	page,
}) => {
	await page.goto('/es/');
	await expectSpanish(page);

	// One tap to a Spanish-speaking person: the call bar's text button writes 988's Spanish
	// keyword for the reader, in view from the first screen.
	const lifeline = crisisLine('lifeline988');
	const textSpanish = page.locator(
		`[data-call-bar] a[href="sms:${lifeline.text!.e164}?&body=${lifeline.es!.textKeyword}"]`
	);
	await expect(textSpanish).toBeInViewport();
	await expect(page.locator(`[data-call-bar] a[href="tel:${lifeline.call!.e164}"]`)).toBeInViewport();
	// The provider's line says, before the tap, in which language it is answered.
	const { helpline } = configFor('es');
	await expect(page.locator('[data-call-bar] [data-helpline]')).toContainText(
		fill(t.lines.answeredIn, { languages: helpline.languages.join(', ') })
	);

	// The articles for families, from the home page's way in for them.
	const families = hubsEs.find((h) => h.id === 'for-families')!;
	await page.getByRole('main').locator(`a[href="/es/${families.slug}/"]`).first().tap();
	await expect(page).toHaveURL(new RegExp(`/es/${families.slug}/$`));
	await expect(page.locator('h1')).toHaveText(families.title);
	await expectSpanish(page);
	const readingPath = hubs.find((h) => h.id === 'for-families')!.readingPath;
	const articleLinks = page.locator(
		`main a[href^="/es/${SEGMENTS_ES.articles}/"]:not([href*="/${SEGMENTS_ES.for}/"])`
	);
	expect(await articleLinks.count()).toBeGreaterThanOrEqual(readingPath.length);
	await articleLinks.first().tap();
	await expect(page).toHaveURL(/\/es\/articulos\/[^/]+\/$/);
	await expectSpanish(page);

	// The directory, filtered to support for families.
	await page
		.getByRole('navigation', { name: t.site.mainNav })
		.getByRole('link', { name: t.nav.directory })
		.tap();
	await expect(page).toHaveURL(/\/es\/directorio\/$/);
	await expectSpanish(page);
	const audience = facetGroup('audience');
	const value = audience.values.find((v) => v.id === 'family')!;
	// On a phone the filters start folded.
	await page.getByRole('heading', { name: t.directory.filtersTitle }).tap();
	await page.getByRole('checkbox', { name: value.label.es, exact: true }).check();
	const matching = supportTypes.filter((type) => valuesIn(type, audience).includes(value.id)).length;
	await expect(page.locator('[data-directory-count]')).toHaveText(
		plural('es-US', t.directory.countMatching, matching)
	);
	await expect(page.locator('[data-directory-entry]:visible')).toHaveCount(matching);

	// Search, from the header: only Spanish pages come back.
	await page.getByRole('link', { name: t.search.button, exact: true }).tap();
	const dialog = page.getByRole('dialog', { name: t.search.title });
	await expect(dialog).toBeVisible();
	const word = glossaryEs.find((g) => g.id === 'sponsor')!.term.split(' ')[0]!;
	await dialog.getByRole('searchbox').fill(word);
	const results = dialog.locator('[data-search-results] a');
	await expect(results.first()).toBeVisible();
	const hrefs = await results.evaluateAll((links) =>
		links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
	);
	expect(hrefs.filter((href) => !href.startsWith('/es/'))).toEqual([]);
});
