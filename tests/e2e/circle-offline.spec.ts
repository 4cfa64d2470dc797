/**
 * Offline help: after a first visit, with the network off (Playwright's offline mode), the help
 * page, the planner and its card open from the service worker's cache, an article read before
 * opens too, and an article never opened shows the offline page with the numbers to call.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { siteConfig as subpathConfig } from '../fixtures/site-config';
import { crisisLine, HELPLINE } from '../../src/config';
import { addPerson, serviceWorkerReady, t } from './support/circle';
import { SUBPATH_BASE, SUBPATH_ORIGIN } from './support/site';

/** No network for the pages, nor for the service worker's own fetches. */
async function goOffline(context: BrowserContext) {
	await context.setOffline(true);
	await context.route('**', (route) =>
		route.request().serviceWorker() ? route.abort('internetdisconnected') : route.continue()
	);
}

async function expectOfflinePage(page: Page, helpline: string) {
	await expect(page.locator('h1')).toHaveText(t.circle.offline.title);
	const main = page.locator('main');
	await expect(main.locator(`a[href="tel:${crisisLine('lifeline988').call!.e164}"]`)).toBeVisible();
	await expect(main.locator(`a[href="sms:${crisisLine('lifeline988').text!.e164}"]`)).toBeVisible();
	await expect(main.locator(`a[href="tel:${crisisLine('emergency').call!.e164}"]`)).toBeVisible();
	await expect(main.locator(`a[href="tel:${helpline}"]`)).toBeVisible();
	await expect(main.getByRole('link', { name: t.circle.title })).toBeVisible();
}

test('with the network off, help and the planner load and an unvisited article shows the offline page', async ({
	page,
	context,
}) => {
	await page.goto('/get-help/');
	await serviceWorkerReady(page);
	await page.goto('/articles/the-identity-shift/');
	const title = await page.locator('h1').textContent();

	await goOffline(context);
	await page.goto('/get-help/');
	await expect(page.locator('h1')).toHaveText(t.pages.getHelp.title);
	await expect(page.locator(`header a[href="tel:${HELPLINE.call.e164}"]`)).toBeVisible();

	await page.goto('/my-circle/');
	await expect(page.locator('h1')).toHaveText(t.circle.title);
	// The planner works offline, phone checks included (their script was saved too).
	const person = await addPerson(page, { group: 'family', name: 'Sam Lee', phone: '4155550199' });
	await person.getByLabel(t.circle.people.when).click();
	await expect(person.getByLabel(t.circle.people.phone, { exact: true })).toHaveValue('(415) 555-0199');

	await page.goto('/my-circle/card/');
	await expect(page.locator('h1')).toHaveText(t.circle.card.title);

	await page.goto('/articles/the-identity-shift/');
	await expect(page.locator('h1')).toHaveText(title!);

	await page.goto('/articles/grief-and-loss/');
	await expectOfflinePage(page, HELPLINE.call.e164);
});

test('under a sub-path the worker keeps its scope and the offline page works', async ({ page, context }) => {
	await page.goto(`${SUBPATH_ORIGIN}${SUBPATH_BASE}my-circle/`);
	await serviceWorkerReady(page);
	expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(
		`${SUBPATH_ORIGIN}${SUBPATH_BASE}`
	);
	await goOffline(context);
	await page.goto(`${SUBPATH_ORIGIN}${SUBPATH_BASE}get-help/`);
	await expect(page.locator('h1')).toHaveText(t.pages.getHelp.title);
	await page.goto(`${SUBPATH_ORIGIN}${SUBPATH_BASE}articles/grief-and-loss/`);
	await expectOfflinePage(page, subpathConfig.helpline.call.e164);
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

test('the site is installable: a valid manifest with its icons, and a service worker', async ({
	page,
	context,
}) => {
	await page.goto('/get-help/');
	await serviceWorkerReady(page);
	await page.reload();
	const cdp = await context.newCDPSession(page);
	const manifest = await cdp.send('Page.getAppManifest');
	expect(manifest.errors).toEqual([]);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	// Test browsers are private windows, which Chromium never offers to install from; nothing else may be missing.
	expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
	const icons = (JSON.parse(manifest.data!) as { icons: { src: string; sizes: string; purpose?: string }[] })
		.icons;
	for (const icon of icons.filter((i) => i.src.endsWith('.png'))) {
		const response = await page.request.get(icon.src);
		expect(response.headers()['content-type'], icon.src).toBe('image/png');
		const png = await response.body();
		expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
	}
	expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
});
