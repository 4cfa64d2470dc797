/**
 * The accessibility tree of the main widgets, as ARIA snapshots: a change of role, name or
 * state (checked, pressed, heading level) fails here and shows in review. Text that editors
 * change (counts, result titles, the configured phone numbers) is matched by pattern or taken
 * from the configuration, so content edits do not break these.
 */
import { expect, test, type Page } from '@playwright/test';
import { configFor, crisisLine, HELPLINE, SITE } from '../../src/config';
import { fill, words, type Locale } from '../../src/i18n';
import { CRISIS_TERMS, SPANISH_CRISIS_TERMS } from '../../src/lib/crisis-terms';
import { FACET_GROUPS } from '../../src/lib/facets';
import { DESKTOP, PHONE } from './support/checks';
import { addPerson, LANGUAGES } from './support/circle';
import { pageIn } from './support/site';

const t = words('en');
const helpline = `${fill(t.lines.callTo, { name: HELPLINE.shortName })} ${HELPLINE.call.display}`;
const lifeline = crisisLine('lifeline988');

test.use({ viewport: DESKTOP, colorScheme: 'light' });

test('header and main navigation', async ({ page }) => {
	await page.goto('/get-help/');
	await expect(page.getByRole('banner')).toMatchAriaSnapshot(`
		- banner:
		  - link "${SITE.name}":
		    - /url: /
		  - link "Search":
		    - /url: /search/
		  - button "Dark theme" [pressed=false]
		  - link "${helpline}":
		    - /url: tel:${HELPLINE.call.e164}
		  - navigation "Main":
		    - list:
		      - listitem:
		        - link "Articles":
		          - /url: /articles/
		      - listitem:
		        - link "Directory":
		          - /url: /directory/
		      - listitem:
		        - link "Get help":
		          - /url: /get-help/
	`);
	// Not part of ARIA snapshots: the current page is marked for screen readers.
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Get help' })
	).toHaveAttribute('aria-current', 'page');
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await expect(page.getByRole('banner')).toMatchAriaSnapshot(`
		- banner:
		  - button "Dark theme" [pressed]
	`);
});

test('phone call bar', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('/');
	await expect(page.locator('[data-call-bar]')).toMatchAriaSnapshot(`
		- complementary "${t.callBar.label}":
		  - link "${helpline}":
		    - /url: tel:${HELPLINE.call.e164}
		  - group "${lifeline.name}":
		    - list:
		      - listitem:
		        - link "${fill(t.lines.call, { number: lifeline.call!.display })}":
		          - /url: tel:${lifeline.call!.e164}
		      - listitem:
		        - link "${fill(t.lines.text, { number: lifeline.text!.display })}":
		          - /url: sms:${lifeline.text!.e164}
	`);
});

/** A count of results for `query`, in any plural form of the language, as a pattern. */
function resultsFor(locale: Locale, query: string): string {
	const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
	const forms = Object.values(words(locale).search.resultsFor).map((form) =>
		fill(escape(form), { count: '\\S+', query: escape(query) })
	);
	return `^(${forms.join('|')})$`;
}

/** A search in each language's dialog, for a crisis phrase in that language. */
const DIALOG_SEARCHES: { locale: Locale; query: string }[] = [
	{ locale: 'en', query: CRISIS_TERMS[0]! },
	{ locale: 'es', query: SPANISH_CRISIS_TERMS[0]! },
];

for (const { locale, query } of DIALOG_SEARCHES) {
	test(`search dialog with results and the crisis card (${locale})`, async ({ page }) => {
		const t = words(locale);
		const { line: lineIn, helpline: provider } = configFor(locale);
		const [lifeline, textLine, emergency] = ['lifeline988', 'crisisText', 'emergency'].map(lineIn);
		await page.goto(pageIn(locale, '/'));
		await page.getByRole('link', { name: t.search.button }).click();
		const dialog = page.getByRole('dialog', { name: t.search.title });
		const box = dialog.getByRole('searchbox', { name: t.search.label });
		await expect(box).toBeFocused();
		await box.fill(query);
		await expect(dialog.locator('[data-search-status]')).toHaveText(new RegExp(resultsFor(locale, query)));
		// A line with a keyword is texted with it (in Spanish, AYUDA to 988 as well as to 741741).
		const textLink = (l: typeof lifeline) =>
			l!.text!.keyword
				? fill(t.lines.textKeyword, { keyword: l!.text!.keyword, number: l!.text!.display })
				: fill(t.lines.text, { number: l!.text!.display });
		const line = (l: { name: string }) => `
		        - listitem:
		          - strong: ${l.name}`;
		await expect(dialog).toMatchAriaSnapshot(`
		- dialog "${t.search.title}":
		  - heading "${t.search.title}" [level=2]
		  - button "${t.search.close}${t.search.closeWhat}"
		  - search:
		    - searchbox "${t.search.label}": ${query}
		    - region "${t.crisis.label}":
		      - paragraph: ${t.crisis.searchTitle}
		      - list:${line(lifeline!)}
		          - list:
		            - listitem:
		              - link "${fill(t.lines.call, { number: lifeline!.call!.display })}":
		                - /url: tel:${lifeline!.call!.e164}
		            - listitem:
		              - link "${textLink(lifeline)}"${line(textLine!)}
		          - list:
		            - listitem:
		              - link "${textLink(textLine)}"${line(emergency!)}
		          - list:
		            - listitem:
		              - link "${fill(t.lines.call, { number: emergency!.call!.display })}":
		                - /url: tel:${emergency!.call!.e164}${line(provider)}
		          - list:
		            - listitem:
		              - link "${fill(t.lines.call, { number: provider.call.display })}"
		    - paragraph: /${resultsFor(locale, query).replaceAll('/', '\\/')}/
		    - list:
		      - listitem:
		        - paragraph: /^(${Object.values(t.search.types).join('|')})$/
		        - link /\\S/
		  - paragraph: ${t.search.keys}
		  - paragraph:
		    - link "${t.search.fullPage}":
		      - /url: ${pageIn(locale, '/search/')}?q=${encodeURIComponent(query)}
	`);
		// Result names are the section and page titles, without the heading anchors' own text.
		for (const name of await dialog.locator('.search-result-link').allInnerTexts())
			expect(name).not.toMatch(new RegExp(`#|${t.articles.linkToSection}`));
	});
}

/** The directory page, once its filter script (loaded at low priority) is listening. */
async function openDirectory(page: Page) {
	await page.goto('/directory/');
	await expect(page.locator('[data-directory-count]')).toHaveAttribute('tabindex', '-1');
}

test('directory filters with the live count', async ({ page }) => {
	await openDirectory(page);
	const filters = page.locator('[data-directory-filters]');
	const count = page.locator('[data-directory-count]');
	await expect(filters).toMatchAriaSnapshot(`
		- form "Filter support types":
		  - group:
		    - heading "Filter support types" [level=2]
		    - group "Who is it for?":
		      - list:
		        - listitem:
		          - checkbox "People in recovery" [checked=false]
		        - listitem:
		          - checkbox "Families and friends" [checked=false]
		        - listitem:
		          - checkbox "Teens and young adults" [checked=false]
		    - group "How do you want to take part?":
		      - list:
		        - listitem:
		          - checkbox "In person" [checked=false]
		        - listitem:
		          - checkbox "Online" [checked=false]
		        - listitem:
		          - checkbox "Phone" [checked=false]
		        - listitem:
		          - checkbox "Text" [checked=false]
		    - group "Cost":
		      - list:
		        - listitem:
		          - checkbox "Free" [checked=false]
		        - listitem:
		          - checkbox "Donations welcome" [checked=false]
		        - listitem:
		          - checkbox "Often covered by insurance" [checked=false]
		        - listitem:
		          - checkbox "Fees vary" [checked=false]
		    - group "Approach":
		      - list:
		        - listitem:
		          - checkbox "12-Step" [checked=false]
		        - listitem:
		          - checkbox "Secular" [checked=false]
		        - listitem:
		          - checkbox "Faith-based" [checked=false]
		        - listitem:
		          - checkbox "Buddhist" [checked=false]
		        - listitem:
		          - checkbox "Clinical" [checked=false]
		        - listitem:
		          - checkbox "Peer-led" [checked=false]
		    - button "Clear all filters"
	`);
	await expect(count).toMatchAriaSnapshot(`- status: /^\\d+ support types$/`);

	await filters.getByRole('checkbox', { name: 'Phone', exact: true }).check();
	await expect(filters).toMatchAriaSnapshot(`
		- form "Filter support types":
		  - group:
		    - group "How do you want to take part?":
		      - list:
		        - listitem:
		          - checkbox "Phone" [checked]
	`);
	await expect(count).toMatchAriaSnapshot(`- status: /^\\S+ support types? match your choices$/`);
});

test('guided finder', async ({ page }) => {
	await openDirectory(page);
	const finder = page.locator('[data-guided-finder]');
	await expect(finder).toMatchAriaSnapshot(`
		- group: ${t.directory.finderSummary}
	`);
	await finder.locator('summary').click();
	await expect(finder).toHaveJSProperty('open', true);
	// One radio group per facet group that has a finder question, from src/lib/facets.ts.
	const questions = FACET_GROUPS.filter((g) => 'finderQuestion' in g)
		.map(
			(group) => `
		  - group "${'finderQuestion' in group ? group.finderQuestion.en : ''}":${group.values
				.map(
					(v) => `
		    - radio "${('finderLabel' in v ? v.finderLabel : v.label).en}" [checked=false]`
				)
				.join('')}
		    - radio "${t.directory.noPreference}" [checked=false]`
		)
		.join('');
	await expect(finder).toMatchAriaSnapshot(`
		- group:
		  - text: ${t.directory.finderSummary}${questions}
		  - paragraph:
		    - button "${t.directory.finderSubmit}"
	`);

	await finder.getByRole('radio', { name: 'Me, as a family member or friend' }).check();
	await finder
		.getByRole('group', { name: 'In person or online?' })
		.getByRole('radio', { name: 'Online' })
		.check();
	await finder.getByRole('button', { name: 'Show support that fits' }).click();
	await expect(page.locator('[data-directory-count]')).toBeFocused();
	await expect(page.locator('[data-directory-filters]')).toMatchAriaSnapshot(`
		- form "Filter support types":
		  - group:
		    - group "Who is it for?":
		      - list:
		        - listitem:
		          - checkbox "People in recovery" [checked=false]
		        - listitem:
		          - checkbox "Families and friends" [checked]
		    - group "How do you want to take part?":
		      - list:
		        - listitem:
		          - checkbox "Online" [checked]
	`);
	await expect(page.locator('[data-directory-count]')).toMatchAriaSnapshot(
		`- status: /^\\S+ support types? match your choices$/`
	);
});

for (const locale of LANGUAGES) {
	test(`support-circle planner: a person, the privacy choice and the plan (${locale})`, async ({ page }) => {
		const t = words(locale); // this page's words
		// Text as a quoted YAML string: a colon in running text ("así: (202)…") is not a mapping.
		const q = (text: string) => JSON.stringify(text);
		await page.goto(pageIn(locale, '/my-circle/'));
		const person = await addPerson(
			page,
			{
				group: 'sponsor',
				name: 'Jo Rivera',
				phone: '202 555 0134',
				reach: 'both',
				onCard: true,
			},
			t
		);
		const people = t.circle.people;
		// Leave the number field so it is checked and shown in its dialable form.
		await person.getByLabel(people.when).focus();
		await expect(person).toMatchAriaSnapshot(`
		- group "Jo Rivera":
		  - textbox "${people.name}": Jo Rivera
		  - textbox "${people.phone}": (202) 555-0134
		  - paragraph: ${q(people.phoneHint)}
		  - paragraph: ${q(fill(people.phoneValid, { number: '(202) 555-0134' }))}
		  - group "${people.reach}":
		    - radio "${people.reachWays.call}" [checked=false]
		    - radio "${people.reachWays.text}" [checked=false]
		    - radio "${people.reachWays.both}" [checked]
		  - textbox "${people.when}"
		  - textbox "${people.helpsWith}"
		  - checkbox "${people.onCard}" [checked]
		  - link "${fill(people.callName, { name: 'Jo Rivera' })}"
		  - link "${fill(people.textName, { name: 'Jo Rivera' })}"
		  - button /${people.contact}/
		  - button /${people.remove}/
	`);

		const privacy = page.getByRole('region', { name: t.circle.privacy.title });
		await privacy.getByRole('checkbox', { name: t.circle.privacy.keep }).check();
		await expect(privacy).toMatchAriaSnapshot(`
		- region "${t.circle.privacy.title}":
		  - heading "${t.circle.privacy.title}" [level=2]
		  - paragraph: ${q(t.circle.privacy.text)}
		  - checkbox "${t.circle.privacy.keep}" [checked]
		  - paragraph: ${q(t.circle.privacy.keepHint)}
		  - button "${t.circle.privacy.delete}"
		  - status: ${q(t.circle.privacy.kept)}
	`);

		// The plan: one numbered step after another, each a heading with its own text box.
		await expect(page.getByRole('region', { name: t.circle.plan.title })).toMatchAriaSnapshot(`
		- region "${t.circle.plan.title}":
		  - heading "${t.circle.plan.title}" [level=2]
		  - complementary "${t.crisis.label}"
		  - list:
		    - listitem:
		      - heading "${fill(t.circle.plan.step, { count: 1 })} ${t.circle.plan.warningSigns.title}" [level=3]
		      - textbox "${fill(t.circle.plan.step, { count: 1 })} ${t.circle.plan.warningSigns.title}"
	`);
		await page.getByRole('button', { name: t.circle.privacy.delete }).click();
	});
}
