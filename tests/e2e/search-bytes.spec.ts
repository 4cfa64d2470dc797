import { expect, test, type Page } from '@playwright/test';
import type { Locale } from '../../src/i18n';
import { pageIn } from './support/site';

/** The design's budget for the first search: library, index chunk and first results. */
const FIRST_SEARCH_BUDGET = 150 * 1024;

/** Bytes on the wire (encoded body plus headers) of every finished request in the context. */
function countBytes(page: Page) {
	const seen: { url: string; bytes: number }[] = [];
	const pending: Promise<void>[] = [];
	page.context().on('requestfinished', (request) => {
		pending.push(
			request.sizes().then((sizes) => {
				seen.push({
					url: request.url(),
					bytes: sizes.responseBodySize + sizes.responseHeadersSize,
				});
			})
		);
	});
	/** Every request so far, once all their sizes are known. */
	return async () => {
		await Promise.all(pending);
		return seen;
	};
}

/**
 * Queries for the budget in each language (Pagefind keeps an index per language): one word, two
 * words (two index chunks), and a broad one.
 */
const QUERIES: Record<Locale, string[]> = {
	en: ['sponsor', 'family support', 'meeting'],
	es: ['padrino', 'apoyo familiar', 'reunión'],
};

for (const [locale, queries] of Object.entries(QUERIES) as [Locale, string[]][]) {
	for (const query of queries) {
		test(`the first search for "${query}" stays within 150 KB on the wire (${locale})`, async ({ page }) => {
			await page.goto(pageIn(locale, '/articles/feeling-alone-in-early-recovery/'));
			await page.waitForLoadState('networkidle');
			const finished = countBytes(page);
			await page.locator('[data-search-trigger]').click();
			// The whole query at once: one search, so the figure does not depend on typing speed.
			await page.locator('dialog[data-search-dialog]').getByRole('searchbox').fill(query);
			await expect(page.locator('dialog .search-result').first()).toBeVisible();
			await page.waitForLoadState('networkidle');
			const seen = await finished();
			const total = seen.reduce((sum, r) => sum + r.bytes, 0);
			const wasm = seen.find((r) => r.url.includes('wasm'));
			expect(wasm, 'the WebAssembly is counted').toBeDefined();
			expect(
				seen.some((r) => r.url.includes('.pf_fragment')),
				'result fragments are counted'
			).toBe(true);
			console.log(`First search for "${query}": ${(total / 1024).toFixed(1)} KB in ${seen.length} requests`);
			expect(total).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
		});
	}

	test(`the first search on the search page also stays within 150 KB (${locale})`, async ({ page }) => {
		await page.goto(pageIn(locale, '/search/'));
		await page.waitForLoadState('networkidle');
		const finished = countBytes(page);
		await page.locator('main input[type="search"]').fill(queries[1]!);
		await expect(page.locator('main .search-result').first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		const total = (await finished()).reduce((sum, r) => sum + r.bytes, 0);
		expect(total).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
	});
}

test('pages where search is not opened transfer no search bytes', async ({ page }) => {
	const urls: string[] = [];
	page.context().on('request', (request) => urls.push(request.url()));
	const paths = ['/', '/articles/the-identity-shift/', '/directory/', '/get-help/', '/search/'];
	for (const path of Object.keys(QUERIES).flatMap((locale) => paths.map((p) => pageIn(locale, p)))) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	// Tab through the page without reaching the search button: still nothing.
	await page.goto('/get-help/');
	await page.keyboard.press('Tab');
	await page.waitForLoadState('networkidle');
	expect(urls.filter((u) => u.includes('/pagefind/') || u.includes('/_astro/dialog'))).toEqual([]);
});
