/**
 * Offline help, in each language: after a first visit, with the network off (Playwright's offline
 * mode), the help page, the planner and its card open from the service worker's cache, an
 * article read before opens too, and an article never opened shows the offline page of its
 * language with the numbers to call.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { siteConfig as subpathConfig } from '../fixtures/site-config';
import { configFor } from '../../src/config';
import { words, type Locale } from '../../src/i18n';
import { addPerson, LANGUAGES, serviceWorkerReady } from './support/circle';
import { DIST, htmlFile, pageIn, SUBPATH_BASE, SUBPATH_DIST, SUBPATH_ORIGIN } from './support/site';

/** No network for the pages, nor for the service worker's own fetches. */
async function goOffline(context: BrowserContext) {
	await context.setOffline(true);
	await context.route('**', (route) =>
		route.request().serviceWorker() ? route.abort('internetdisconnected') : route.continue()
	);
}

/**
 * An English page's address (with base) in `locale`, as the built page's language switch links
 * to it: the tests never visit it to find out, so it stays unvisited.
 */
function addressIn(locale: Locale, englishPath: string, dist = DIST, base = '/'): string {
	if (locale === 'en') return `${base}${englishPath.slice(1)}`;
	const html = readFileSync(htmlFile(englishPath, dist), 'utf8');
	const link = html.match(/<a href="([^"]+)"[^>]*data-language-switch/);
	if (!link) throw new Error(`${englishPath}: no language switch`);
	return link[1]!;
}

async function expectOfflinePage(page: Page, locale: Locale, helpline: string, base = '/') {
	const dict = words(locale);
	const { line } = configFor(locale);
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
	await expect(page.locator('h1')).toHaveText(dict.circle.offline.title);
	const main = page.locator('main');
	await expect(main.locator(`a[href="tel:${line('lifeline988').call!.e164}"]`)).toBeVisible();
	await expect(main.locator(`a[href^="sms:${line('lifeline988').text!.e164}"]`)).toBeVisible();
	await expect(main.locator(`a[href="tel:${line('emergency').call!.e164}"]`)).toBeVisible();
	await expect(main.locator(`a[href="tel:${helpline}"]`)).toBeVisible();
	// The saved pages it lists are those of its own language.
	await expect(main.getByRole('link', { name: dict.circle.title })).toHaveAttribute(
		'href',
		`${base}${pageIn(locale, '/my-circle/').slice(1)}`
	);
}

for (const locale of LANGUAGES) {
	const dict = words(locale);
	test(`with the network off, help and the planner load and an unvisited article shows the offline page (${locale})`, async ({
		page,
		context,
	}) => {
		const read = addressIn(locale, '/articles/the-identity-shift/');
		const unread = addressIn(locale, '/articles/grief-and-loss/');
		await page.goto(pageIn(locale, '/get-help/'));
		await serviceWorkerReady(page);
		await page.goto(read);
		const title = await page.locator('h1').textContent();

		await goOffline(context);
		await page.goto(pageIn(locale, '/get-help/'));
		await expect(page.locator('h1')).toHaveText(dict.pages.getHelp.title);
		await expect(page.locator(`header a[href="tel:${configFor(locale).helpline.call.e164}"]`)).toBeVisible();

		await page.goto(pageIn(locale, '/'));
		await expect(page.locator('html')).toHaveAttribute('lang', locale);

		await page.goto(pageIn(locale, '/my-circle/'));
		await expect(page.locator('h1')).toHaveText(dict.circle.title);
		// The planner works offline, phone checks included (their script was saved too).
		const person = await addPerson(page, { group: 'family', name: 'Sam Lee', phone: '4155550199' }, dict);
		await person.getByLabel(dict.circle.people.when).click();
		await expect(person.getByLabel(dict.circle.people.phone, { exact: true })).toHaveValue('(415) 555-0199');

		for (const path of ['/my-circle/card/', '/my-circle/plan/']) {
			await page.goto(pageIn(locale, path));
			await expect(page.locator('h1')).toHaveText(
				path === '/my-circle/card/' ? dict.circle.card.title : dict.circle.fullPlan.title
			);
		}

		await page.goto(read);
		await expect(page.locator('h1')).toHaveText(title!);

		await page.goto(unread);
		await expectOfflinePage(page, locale, configFor(locale).helpline.call.e164);
	});
}

test('under a sub-path the worker keeps its scope and the offline page works, in each language', async ({
	page,
	context,
}) => {
	const at = (path: string) => `${SUBPATH_ORIGIN}${SUBPATH_BASE}${path.slice(1)}`;
	await page.goto(at('/my-circle/'));
	await serviceWorkerReady(page);
	expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(
		`${SUBPATH_ORIGIN}${SUBPATH_BASE}`
	);
	await goOffline(context);
	for (const locale of LANGUAGES) {
		await page.goto(at(pageIn(locale, '/get-help/')));
		await expect(page.locator('h1')).toHaveText(words(locale).pages.getHelp.title);
		await page.goto(
			`${SUBPATH_ORIGIN}${addressIn(locale, '/articles/grief-and-loss/', SUBPATH_DIST, SUBPATH_BASE)}`
		);
		await expectOfflinePage(page, locale, subpathConfig.helpline.call.e164, SUBPATH_BASE);
	}
});

test('the worker caches only this site, and never the search index beyond what a search fetched', async ({
	page,
	baseURL,
}) => {
	await page.goto('/get-help/');
	await serviceWorkerReady(page);
	await page.goto('/search/?q=sponsor');
	await expect(page.locator('main .search-result').first()).toBeVisible();
	await page.goto('/articles/the-identity-shift/');
	const cached = await page.evaluate(async () => {
		const all: string[] = [];
		for (const name of await caches.keys()) {
			for (const request of await (await caches.open(name)).keys()) all.push(`${name} ${request.url}`);
		}
		return all;
	});
	const origin = new URL(baseURL!).origin;
	expect(cached.length).toBeGreaterThan(10);
	for (const entry of cached) {
		const [name, url] = entry.split(' ');
		expect(name, entry).toMatch(/^tir-/);
		expect(new URL(url!).origin, entry).toBe(origin);
		expect(new URL(url!).pathname, entry).not.toMatch(/^\/pagefind\//);
	}
	// The article read is kept; the search page, not saved for offline use, is not.
	expect(cached.some((e) => e.endsWith('/articles/the-identity-shift/'))).toBe(true);
	expect(cached.some((e) => e.includes('/search/'))).toBe(false);
});

for (const locale of LANGUAGES) {
	test(`the site is installable in ${locale}: a valid manifest in the page's language, with its icons, and a service worker`, async ({
		page,
		context,
	}) => {
		await page.goto(pageIn(locale, '/get-help/'));
		await serviceWorkerReady(page);
		await page.reload();
		const cdp = await context.newCDPSession(page);
		const manifest = await cdp.send('Page.getAppManifest');
		expect(manifest.errors).toEqual([]);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		// Test browsers are private windows, which Chromium never offers to install from; nothing else may be missing.
		expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
		const data = JSON.parse(manifest.data!) as {
			lang: string;
			name: string;
			start_url: string;
			icons: { src: string; sizes: string; purpose?: string }[];
		};
		const { site } = configFor(locale);
		expect(data).toMatchObject({ lang: site.lang, name: site.name, start_url: pageIn(locale, '/') });
		for (const icon of data.icons.filter((i) => i.src.endsWith('.png'))) {
			const response = await page.request.get(icon.src);
			expect(response.headers()['content-type'], icon.src).toBe('image/png');
			const png = await response.body();
			expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
		}
		expect(data.icons.some((i) => i.purpose === 'maskable')).toBe(true);
	});
}
