import { expect, test, type Page } from '@playwright/test';
import { crisisLine, HELPLINE } from '../../src/config';
import { CRISIS_TERMS } from '../../src/lib/crisis-terms';
import { smsHref, telHref } from '../../src/lib/links';
import { phraseText } from '../../src/lib/phrase';
import { expectNoAxeViolations, watchPage } from './support/checks';

/** What the crisis card links to, from the configuration: 988, the text line with its keyword, 911, the helpline. */
const CRISIS_CARD_LINKS = [
	telHref(crisisLine('lifeline988').call!.e164),
	smsHref(crisisLine('crisisText').text!.e164, crisisLine('crisisText').text!.keyword),
	telHref(crisisLine('emergency').call!.e164),
	telHref(HELPLINE.call.e164),
];

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

async function searchFor(page: Page, query: string) {
	await page.goto(`/search/?q=${encodeURIComponent(query)}`);
	await expect(page.locator('main [data-search-status]')).toHaveText(/results? for “/);
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

	test('passes axe with results shown, in both themes', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await searchFor(page, 'family');
		await expectNoAxeViolations(page, 'search results light');
		await page.emulateMedia({ colorScheme: 'dark' });
		await searchFor(page, 'suicide');
		await expect(page.locator('main [data-crisis-card]')).toBeVisible();
		await expectNoAxeViolations(page, 'search results with crisis card dark');
	});
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

test.describe('crisis-aware search', () => {
	test('every listed phrase shows the crisis card above the results', async ({ page }) => {
		await page.goto('/search/');
		const input = page.locator('main input[type="search"]');
		const card = page.locator('main [data-crisis-card]');
		for (const term of CRISIS_TERMS) {
			await input.fill(term);
			await expect(card, term).toBeVisible();
			for (const href of CRISIS_CARD_LINKS) await expect(card.locator(`a[href="${href}"]`)).toBeVisible();
		}
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

	test('the card gives each line’s Spanish route, marked as Spanish, for a reader who searched in Spanish', async ({
		page,
	}) => {
		await page.goto('/search/');
		await page.locator('main input[type="search"]').fill('quiero morir');
		const card = page.locator('main [data-crisis-card]');
		await expect(card).toBeVisible();
		const options = ['lifeline988', 'crisisText'].flatMap((id) => crisisLine(id).options);
		expect(options.length).toBeGreaterThan(0);
		for (const option of options) await expect(card).toContainText(phraseText(option));
		for (const part of options.flatMap((o) => (typeof o === 'string' ? [] : o)))
			if (typeof part !== 'string')
				await expect(card.locator(`[lang="${part.lang}"]`, { hasText: part.text })).toHaveCount(1);
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
	test('a missing index shows a plain message with links within a few seconds', async ({ page }) => {
		await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'missing' }));
		await page.goto('/search/?q=sponsor');
		const message = page.locator('main [data-search-unavailable="failed"]');
		await expect(message).toBeVisible({ timeout: 7000 });
		await expect(message.locator('a[href$="/articles/"]')).toBeVisible();
		await expect(message.locator('a[href$="/directory/"]')).toBeVisible();
		await expect(message.locator('a[href$="/get-help/"]')).toBeVisible();
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('the search page says search needs JavaScript and offers the same links', async ({ page }) => {
			await page.goto('/search/?q=sponsor');
			const message = page.locator('[data-search-unavailable="nojs"]');
			await expect(message).toBeVisible();
			await expect(message).toContainText('Search needs JavaScript');
			await expect(message.locator('a[href$="/get-help/"]')).toBeVisible();
			await expect(page.locator('form[data-search-page]')).toBeHidden();
		});
	});
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
