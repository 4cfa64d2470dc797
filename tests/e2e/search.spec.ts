import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { configFor, SITE } from '../../src/config';
import { LOCALES, words, type Locale } from '../../src/i18n';
import { CRISIS_TERMS, isCrisisQuery, SPANISH_CRISIS_TERMS } from '../../src/lib/crisis-terms';
import { smsHref, telHref } from '../../src/lib/links';
import { frontmatterOf } from '../../src/lib/mdx-text';
import { phraseText } from '../../src/lib/phrase';
import { expectNoAxeViolations, watchPage } from './support/checks';
import { organisations } from './support/data';
import { pageIn, ROOT, SUBPATH_BASE, SUBPATH_ORIGIN } from './support/site';

const LANGUAGES = Object.keys(LOCALES) as Locale[];

/** The search page of a language (/search/, /es/buscar/). */
const searchPage = (locale: Locale) => pageIn(locale, '/search/');

/** The lines the crisis card shows, in a language's words. */
function cardLines(locale: Locale) {
	const { line, helpline } = configFor(locale);
	return [line('lifeline988'), line('crisisText'), line('emergency'), helpline];
}

/** What the crisis card links to, from the configuration: 988, the text line with its keyword, 911, the helpline. */
function crisisCardLinks(locale: Locale): string[] {
	const [lifeline, text, emergency, helpline] = cardLines(locale);
	return [
		telHref(lifeline!.call!.e164),
		smsHref(text!.text!.e164, text!.text!.keyword),
		telHref(emergency!.call!.e164),
		telHref(helpline!.call!.e164),
	];
}

/** Search page results: their links, in order. */
async function resultLinks(page: Page, scope = 'main'): Promise<string[]> {
	return page
		.locator(`${scope} a.search-result-link`)
		.evaluateAll((as) =>
			as.map(
				(a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash
			)
		);
}

async function searchFor(page: Page, query: string, locale: Locale = 'en') {
	await page.goto(`${searchPage(locale)}?q=${encodeURIComponent(query)}`);
	await expect(page.locator('main [data-search-status]')).toHaveText(
		locale === 'en' ? /results? for “/ : new RegExp(`“${query}”$`)
	);
}

test.describe('relevance', () => {
	test('"sponsor" finds the sponsors article in the top three', async ({ page }) => {
		await searchFor(page, 'sponsor');
		const top = (await resultLinks(page)).slice(0, 3);
		expect(top).toContain('/articles/sponsors-and-spiritual-guides/');
	});

	test('"Al-Anon" finds the family groups support type and lands on the Al-Anon anchor', async ({ page }) => {
		await searchFor(page, 'Al-Anon');
		const links = await resultLinks(page);
		expect(links.slice(0, 3)).toContain('/directory/family-and-friends-groups/#al-anon-and-alateen');
		await page
			.locator('main a[href$="/directory/family-and-friends-groups/#al-anon-and-alateen"]')
			.first()
			.click();
		await expect(page).toHaveURL(/\/directory\/family-and-friends-groups\/#al-anon-and-alateen$/);
		await expect(page.locator('[id="al-anon-and-alateen"]')).toBeInViewport();
	});

	test('"lonely" finds the isolation article first', async ({ page }) => {
		await searchFor(page, 'lonely');
		expect((await resultLinks(page))[0]).toBe('/articles/feeling-alone-in-early-recovery/');
	});

	test('a type filter narrows results to that type only', async ({ page }) => {
		await searchFor(page, 'support');
		const all = await page.locator('main .search-result-type').allInnerTexts();
		expect(new Set(all).size).toBeGreaterThan(1);
		await page.getByRole('checkbox', { name: 'Support type', exact: true }).check();
		await expect(page).toHaveURL(/type=Support\+type/);
		// Read the whole list at once, until the filtered results have replaced the others.
		await expect
			.poll(async () => {
				const types = await page.locator('main .search-result-type').allInnerTexts();
				return types.length > 0 ? [...new Set(types.map((t) => t.toLowerCase()))] : [];
			})
			.toEqual(['support type']);
	});

	test('an empty query shows nothing broken', async ({ page, baseURL }) => {
		const watched = watchPage(page, new URL(baseURL!).origin);
		await page.goto('/search/?q=');
		await expect(page.locator('main input[type="search"]')).toBeVisible();
		await expect(page.locator('main [data-search-status]')).toBeEmpty();
		await expect(page.locator('main .search-result')).toHaveCount(0);
		await expect(page.locator('main [data-search-unavailable="failed"]')).toBeHidden();
		expect(watched.errors).toEqual([]);
	});
});

/** Topics in each language (content/topics.yaml, content/es/topics.yaml), in file order. */
const topics = Object.fromEntries(
	LANGUAGES.map((locale) => {
		const file = join(ROOT, 'content', locale === 'en' ? '' : locale, 'topics.yaml');
		return [locale, parse(readFileSync(file, 'utf8')) as { id: string; name: string }[]];
	})
) as Record<Locale, { id: string; name: string }[]>;

/** The addresses in `locale` of the articles on a topic (the English articles name their topics). */
function articlesOn(topic: string, locale: Locale): string[] {
	const folder = (...parts: string[]) => join(ROOT, 'content', ...parts);
	const english = readdirSync(folder('articles'))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => ({
			id: f.slice(0, -4),
			...(frontmatterOf(readFileSync(folder('articles', f), 'utf8')) as {
				draft?: boolean;
				topics: string[];
			}),
		}))
		.filter((a) => !a.draft && a.topics.includes(topic))
		.map((a) => a.id);
	return english.map((id) => pageIn(locale, `/articles/${id}/`));
}

test.describe('each language searches its own pages', () => {
	// A topic's name in each language, and an organisation's name, which both editions print as it is.
	const organisation = organisations.find((o) => !isCrisisQuery(o.name))!.name;
	const builds = [
		{ build: 'root', origin: '', base: '/' },
		{ build: 'sub-path', origin: SUBPATH_ORIGIN, base: SUBPATH_BASE },
	];
	for (const { build, origin, base } of builds) {
		for (const locale of LANGUAGES) {
			test(`${searchPage(locale)} finds only pages in its language (${build} build)`, async ({ page }) => {
				const topic = topics[locale][0]!;
				// Each language's pages live under its home page (English at the root).
				const homes = LANGUAGES.map((l) => ({ l, home: `${base}${pageIn(l, '/').slice(1)}` }));
				const languageOf = (path: string) =>
					homes.filter(({ home }) => path.startsWith(home)).sort((a, b) => b.home.length - a.home.length)[0]
						?.l;
				for (const query of [topic.name, organisation]) {
					await page.goto(`${origin}${base}${searchPage(locale).slice(1)}?q=${encodeURIComponent(query)}`);
					await expect(page.locator('main [data-search-status]')).not.toBeEmpty();
					await expect(page.locator('main .search-result').first()).toBeVisible();
					const links = await resultLinks(page);
					expect(new Set(links.map(languageOf)), query).toEqual(new Set([locale]));
					if (query === topic.name)
						expect(links, query).toContain(`${base}${pageIn(locale, `/topics/${topic.id}/`).slice(1)}`);
				}
			});
		}
	}

	for (const locale of LANGUAGES) {
		test(`${searchPage(locale)} filters in the words its pages give the index: type and topic`, async ({
			page,
		}) => {
			const t = words(locale);
			const topic = topics[locale][0]!;
			const expected = articlesOn(topic.id, locale);
			expect(expected.length).toBeGreaterThan(0);
			await page.goto(searchPage(locale));
			await page.getByRole('checkbox', { name: t.search.types.article, exact: true }).check();
			await page.getByRole('checkbox', { name: topic.name, exact: true }).check();
			await expect(page.locator('main [data-search-status]')).toHaveText(
				new RegExp(`^${expected.length}\\D`)
			);
			await expect
				.poll(async () => new Set(await page.locator('main .search-result-type').allTextContents()))
				.toEqual(new Set([t.search.types.article]));
			const links = await resultLinks(page);
			expect(links.length).toBe(Math.min(10, expected.length));
			expect(links.filter((link) => !expected.includes(link))).toEqual([]);
		});
	}
});

test.describe('the search page', () => {
	test('query and filters live in the address: reload, back and a shared link restore them', async ({
		page,
		context,
	}) => {
		await page.goto('/search/');
		await page.locator('main input[type="search"]').fill('meeting');
		await expect(page).toHaveURL(/\?q=meeting$/);
		await expect(page.locator('main .search-result').first()).toBeVisible();
		await page.getByRole('checkbox', { name: 'Article', exact: true }).check();
		await expect(page).toHaveURL(/\?q=meeting&type=Article$/);
		// Wait for the filtered results to replace the unfiltered ones.
		await expect
			.poll(async () => new Set(await page.locator('main .search-result-type').allTextContents()))
			.toEqual(new Set(['Article']));
		const filtered = await resultLinks(page);
		expect(filtered.every((link) => link.startsWith('/articles/'))).toBe(true);

		await page.reload();
		await expect(page.locator('main input[type="search"]')).toHaveValue('meeting');
		await expect(page.getByRole('checkbox', { name: 'Article', exact: true })).toBeChecked();
		await expect.poll(() => resultLinks(page)).toEqual(filtered);

		await page.goBack();
		await expect(page).toHaveURL(/\?q=meeting$/);
		await expect(page.getByRole('checkbox', { name: 'Article', exact: true })).not.toBeChecked();

		const shared = await context.newPage();
		await shared.goto('/search/?q=meeting&type=Article');
		await expect.poll(() => resultLinks(shared)).toEqual(filtered);
	});

	test('shows the count in words and highlighted excerpts', async ({ page }) => {
		await searchFor(page, 'sponsor');
		await expect(page.locator('main [data-search-status]')).toHaveText(
			/^(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\d+) results? for “sponsor”$/
		);
		await expect(page.locator('main .search-result-excerpt mark').first()).toBeVisible();
	});

	test("shows ten results at first and ten more on request, keeping the reader's place", async ({ page }) => {
		await searchFor(page, 'meeting');
		const status = await page.locator('main [data-search-status]').textContent();
		const total = Number(status!.match(/^(\d+) results/)![1]);
		expect(total).toBeGreaterThan(20);
		await expect(page.locator('main .search-result')).toHaveCount(10);
		await page.getByRole('button', { name: 'Show more results' }).click();
		await expect(page.locator('main .search-result')).toHaveCount(20);
		await expect(page.locator('main .search-result').nth(10).locator('a')).toBeFocused();
	});

	// An ordinary query, then a crisis phrase, in each language.
	const axeQueries: Record<Locale, [string, string]> = {
		en: ['family', CRISIS_TERMS[0]!],
		es: ['familia', SPANISH_CRISIS_TERMS[0]!],
	};
	for (const locale of LANGUAGES) {
		test(`passes axe with results shown, in both themes (${searchPage(locale)})`, async ({ page }) => {
			const [ordinary, crisis] = axeQueries[locale];
			await page.emulateMedia({ colorScheme: 'light' });
			await searchFor(page, ordinary, locale);
			await expectNoAxeViolations(page, 'search results light');
			await page.emulateMedia({ colorScheme: 'dark' });
			await searchFor(page, crisis, locale);
			await expect(page.locator('main [data-crisis-card]')).toBeVisible();
			await expectNoAxeViolations(page, 'search results with crisis card dark');
		});
	}
});

test.describe('the search dialog', () => {
	test('opens from the header, searches as you type, moves by arrow keys and closes with Escape', async ({
		page,
	}) => {
		await page.goto('/articles/');
		const trigger = page.locator('[data-search-trigger]');
		await expect(trigger).toHaveAttribute('aria-keyshortcuts', 'Control+K Meta+K');
		await trigger.click();
		const dialog = page.locator('dialog[data-search-dialog]');
		await expect(dialog).toBeVisible();
		const input = dialog.getByRole('searchbox');
		await expect(input).toBeFocused();
		// The box is there to see and to tap, across the dialog: not clipped away with its label.
		const [box, form] = await Promise.all([input.boundingBox(), dialog.locator('form').boundingBox()]);
		expect(box!.width, 'search box width').toBeGreaterThan(form!.width * 0.9);
		expect(
			await input.evaluate((el) => {
				const r = el.getBoundingClientRect();
				return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el;
			}),
			'the search box is what shows at its own centre'
		).toBe(true);
		await input.pressSequentially('sponsor');
		await expect(dialog.locator('.search-result').first()).toBeVisible();
		await expect(dialog.locator('[data-search-status]')).toHaveText(/for “sponsor”/);

		await page.keyboard.press('ArrowDown');
		const links = dialog.locator('a.search-result-link');
		await expect(links.nth(0)).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(links.nth(1)).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await expect(links.nth(0)).toBeFocused();

		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(trigger).toBeFocused();
	});

	test('opens with Ctrl+K but not with a single key (WCAG 2.1.4), and Enter opens a result', async ({
		page,
	}) => {
		await page.goto('/get-help/');
		// Focus on the trigger loads the dialog; with it ready, "/" would open it at once.
		await page.locator('[data-search-trigger]').focus();
		const dialog = page.locator('dialog[data-search-dialog]');
		await expect(dialog).toBeAttached();
		await page.locator('[data-search-trigger]').blur();
		await page.keyboard.press('/');
		await expect(dialog).toBeHidden();
		await page.keyboard.press('Control+k');
		await expect(dialog).toBeVisible();
		await dialog.getByRole('searchbox').fill('lonely');
		await expect(dialog.locator('.search-result').first()).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/articles\/feeling-alone-in-early-recovery\/$/);
	});

	test('passes axe while open with results, in both themes', async ({ page }) => {
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto('/');
			await page.locator('[data-search-trigger]').click();
			await page.locator('dialog[data-search-dialog]').getByRole('searchbox').fill('overdose');
			await expect(page.locator('dialog [data-crisis-card]')).toBeVisible();
			await expect(page.locator('dialog .search-result').first()).toBeVisible();
			await expectNoAxeViolations(page, `dialog ${scheme}`);
		}
	});
});

/**
 * Phrases typed in the browser: the first and last of each language's list. Every phrase of the
 * list, with and without accents, is matched by the same function in crisis-terms.test.ts; these
 * prove the pages use it.
 */
const ENGLISH_CRISIS_TERMS = CRISIS_TERMS.filter((term) => !SPANISH_CRISIS_TERMS.includes(term));
const TYPED_CRISIS_TERMS = [ENGLISH_CRISIS_TERMS, SPANISH_CRISIS_TERMS].flatMap((list) => [
	list[0]!,
	list.at(-1)!,
]);

/** Type a query and wait until the panel in `scope` shows what it found for it. */
async function search(page: Page, scope: string, box: Locator, query: string) {
	await box.fill(query);
	await expect(page.locator(`${scope} [data-search-status]`)).toContainText(query);
}

test.describe('crisis-aware search', () => {
	for (const locale of LANGUAGES) {
		test(`phrases in both languages show the crisis card above the results on ${searchPage(locale)}`, async ({
			page,
		}) => {
			await page.goto(searchPage(locale));
			const input = page.locator('main input[type="search"]');
			const card = page.locator('main [data-crisis-card]');
			for (const term of TYPED_CRISIS_TERMS) {
				await search(page, 'main', input, term);
				await expect(card, term).toBeVisible();
				for (const href of crisisCardLinks(locale))
					await expect(card.locator(`a[href="${href}"]`)).toBeVisible();
				await search(page, 'main', input, 'meeting');
				await expect(card, 'an ordinary query after it').toBeHidden();
			}
			await input.fill(TYPED_CRISIS_TERMS[0]!);
			await expect(page.locator('main .search-result').first()).toBeVisible();
			// Card and results measured in one go, so a re-render between two reads cannot confuse it.
			await expect
				.poll(() =>
					page.evaluate(() => {
						const top = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().top;
						return (top('main .search-result') ?? -1) > (top('main [data-crisis-card]') ?? Infinity);
					})
				)
				.toBe(true);
		});
	}

	test('the card gives each line’s Spanish route, marked as Spanish, for a reader who searched in Spanish', async ({
		page,
	}) => {
		await page.goto('/search/');
		await page.locator('main input[type="search"]').fill(SPANISH_CRISIS_TERMS[0]!);
		const card = page.locator('main [data-crisis-card]');
		await expect(card).toBeVisible();
		const options = cardLines('en').flatMap((line) => line.options);
		expect(options.length).toBeGreaterThan(0);
		for (const option of options) await expect(card).toContainText(phraseText(option));
		for (const part of options.flatMap((o) => (typeof o === 'string' ? [] : o)))
			if (typeof part !== 'string')
				await expect(card.locator(`[lang="${part.lang}"]`, { hasText: part.text })).toHaveCount(1);
	});

	test('on Spanish pages the card is in Spanish, with each line’s Spanish route, on /es/buscar/ and in the dialog', async ({
		page,
	}) => {
		const t = words('es');
		const lines = cardLines('es');
		// The Spanish routes (988 then 2, AYUDA by text...), as the get-help page's "Ayuda en español" gives them.
		const routes = SITE.crisisLines
			.filter((l) => lines.some((s) => s.id === l.id))
			.flatMap((l) => l.es.options);
		expect(routes.length).toBeGreaterThan(0);
		const english = cardLines('en').flatMap((line) => line.options.map(phraseText));
		const expectSpanishCard = async (scope: string) => {
			const card = page.locator(`${scope} [data-crisis-card]`);
			await expect(card).toBeVisible();
			await expect(card).toHaveAttribute('aria-label', t.crisis.label);
			await expect(card).toContainText(t.crisis.searchTitle);
			for (const line of lines) await expect(card).toContainText(line.who);
			for (const route of routes) await expect(card).toContainText(phraseText(route));
			for (const text of english) await expect(card).not.toContainText(text);
			for (const href of crisisCardLinks('es')) await expect(card.locator(`a[href="${href}"]`)).toBeVisible();
		};

		await page.goto(searchPage('es'));
		for (const term of TYPED_CRISIS_TERMS) {
			await search(page, 'main', page.locator('main input[type="search"]'), term);
			await expectSpanishCard('main');
		}

		await page.goto(pageIn('es', '/'));
		await page.locator('[data-search-trigger]').click();
		const box = page.locator('dialog[data-search-dialog]').getByRole('searchbox');
		for (const term of TYPED_CRISIS_TERMS) {
			await search(page, 'dialog', box, term);
			await expectSpanishCard('dialog');
		}
	});

	test('ordinary queries show no crisis card', async ({ page }) => {
		await page.goto('/search/');
		for (const query of ['sponsor', 'Al-Anon', 'lonely', 'meeting', 'family', 'episode']) {
			await page.locator('main input[type="search"]').fill(query);
			await expect(page.locator('main [data-search-status]')).toHaveText(new RegExp(query));
			await expect(page.locator('main [data-crisis-card]')).toBeHidden();
		}
	});

	test('the crisis card shows even when the index cannot load', async ({ page }) => {
		await page.route('**/pagefind/**', (route) => route.abort());
		await page.goto('/');
		await page.locator('[data-search-trigger]').click();
		await page.locator('dialog[data-search-dialog]').getByRole('searchbox').fill('I want to die');
		await expect(page.locator('dialog [data-crisis-card]')).toBeVisible();
		await expect(page.locator('dialog [data-search-unavailable]')).toBeVisible();
	});
});

test.describe('hostile and odd input', () => {
	const payloads = [
		'<img src=x onerror="window.__pwned=1">',
		'<script>window.__pwned=1</script>',
		'"><svg onload=window.__pwned=1>',
		'x'.repeat(2000),
		'😀🙏💬 recovery 🌱',
		'التعافي والدعم',
		'%00%0d%0a \\ \' " ` ${}',
	];
	for (const payload of payloads) {
		test(`is harmless: ${JSON.stringify(payload.slice(0, 40))}`, async ({ page, baseURL }) => {
			const watched = watchPage(page, new URL(baseURL!).origin);
			let dialogs = 0;
			page.on('dialog', (d) => {
				dialogs++;
				void d.dismiss();
			});
			await page.goto(`/search/?q=${encodeURIComponent(payload)}`);
			await expect(page.locator('main [data-search-status]')).toHaveText(/results? for “/, {
				timeout: 10_000,
			});
			expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
			await expect(page.locator('main img, main svg')).toHaveCount(0);
			await expect(page.locator('main input[type="search"]')).toHaveValue(payload);
			// The page still responds.
			await page.locator('main input[type="search"]').fill('sponsor');
			await expect(page.locator('main [data-search-status]')).toHaveText(/for “sponsor”/);
			expect(dialogs).toBe(0);
			expect(watched.errors).toEqual([]);
		});
	}
});

test.describe('failure', () => {
	for (const locale of LANGUAGES) {
		const t = words(locale).search;
		/** The fallback's links, to the pages of the search page's language. */
		const links = ['/articles/', '/directory/', '/get-help/'].map((path) => pageIn(locale, path));

		test(`a missing index shows a plain message with links within a few seconds (${searchPage(locale)})`, async ({
			page,
		}) => {
			await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'missing' }));
			await page.goto(`${searchPage(locale)}?q=sponsor`);
			const message = page.locator('main [data-search-unavailable="failed"]');
			await expect(message).toBeVisible({ timeout: 7000 });
			await expect(message).toContainText(t.unavailable);
			for (const href of links) await expect(message.locator(`a[href="${href}"]`)).toBeVisible();
		});

		test.describe('without JavaScript', () => {
			test.use({ javaScriptEnabled: false });
			test(`the search page says search needs JavaScript and offers the same links (${searchPage(locale)})`, async ({
				page,
			}) => {
				await page.goto(`${searchPage(locale)}?q=sponsor`);
				const message = page.locator('[data-search-unavailable="nojs"]');
				await expect(message).toBeVisible();
				await expect(message).toContainText(t.needsJs);
				for (const href of links) await expect(message.locator(`a[href="${href}"]`)).toBeVisible();
				await expect(page.locator('form[data-search-page]')).toBeHidden();
			});
		});
	}
});

test('the 404 page searches the site', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await page.getByRole('searchbox', { name: 'Search the site' }).fill('sponsor');
	await page.getByRole('button', { name: 'Search', exact: true }).last().click();
	await expect(page).toHaveURL(/\/search\/\?q=sponsor$/);
	await expect(page.locator('main .search-result').first()).toBeVisible();
});

test('the search page says it is searching while the index loads', async ({ page }) => {
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/pagefind/pagefind.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/search/?q=sponsor');
	await expect(page.locator('main [data-search-status]')).toHaveText('Searching…');
	release();
	await expect(page.locator('main [data-search-status]')).toHaveText(/results? for “sponsor”/);
});
