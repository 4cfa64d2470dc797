import { expect, test } from '@playwright/test';
import { serviceWorkerReady } from './support/circle';

// Every page on its own is checked for cookies, storage and other origins by the page-wide test
// (pages.spec.ts); this one does what stores or fetches things: the theme switch, search and the
// service worker.
test('the theme switch, search and the service worker: no cookies, no storage but the theme choice, no other origin', async ({
	page,
	context,
	baseURL,
}) => {
	const origin = new URL(baseURL!).origin;
	const foreign: string[] = [];
	context.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith('data:') && new URL(url).origin !== origin) foreign.push(url);
	});
	await page.goto('/');
	await page.locator('[data-theme-switch]').click();
	// Search too: the index and its worker must stay on this origin and store nothing.
	await page.locator('[data-search-trigger]').click();
	await page.locator('dialog[data-search-dialog]').getByRole('searchbox').fill('sponsor');
	await expect(page.locator('dialog .search-result').first()).toBeVisible();
	// The worker registers when the browser is idle after a help page loads; wait for it, so the
	// check of what it keeps below is never about an empty cache.
	await page.goto('/get-help/');
	await serviceWorkerReady(page);

	expect(await context.cookies()).toEqual([]);
	const storage = await page.evaluate(async () => ({
		local: Object.keys(localStorage),
		session: Object.keys(sessionStorage),
		databases: (await indexedDB.databases()).map((d) => d.name),
		cached: (
			await Promise.all(
				(await caches.keys()).map(async (name) =>
					(await (await caches.open(name)).keys()).map((request) => ({ name, url: request.url }))
				)
			)
		).flat(),
	}));
	// The planner stores nothing unless the reader chooses to keep it (see the test below).
	expect(storage).toMatchObject({ local: ['theme'], session: [], databases: [] });
	// The service worker (registered on /get-help/ and /my-circle/) keeps only this site's own files.
	expect(storage.cached.length).toBeGreaterThan(0);
	for (const { name, url } of storage.cached) {
		expect(name, url).toMatch(/^tir-/);
		expect(new URL(url).origin, name).toBe(origin);
	}
	expect(foreign).toEqual([]);
});

test('the planner stores its one key only while the reader chooses to keep the circle', async ({ page }) => {
	const keys = () => page.evaluate(() => Object.keys(localStorage).sort());
	await page.goto('/my-circle/');
	await page.getByRole('button', { name: 'Add a family member' }).click();
	await page.locator('[data-people="family"] [data-field="name"]').fill('Sam Lee');
	await page.getByRole('textbox', { name: 'Things I can do on my own' }).fill('Walk');
	await page.reload();
	expect(await keys()).toEqual([]);
	await expect(page.locator('[data-person]')).toHaveCount(0);

	await page.getByRole('button', { name: 'Add a family member' }).click();
	await page.locator('[data-people="family"] [data-field="name"]').fill('Sam Lee');
	await page.getByLabel('Keep this on this device').check();
	expect(await keys()).toEqual(['tir-circle']);
	await page.getByLabel('Keep this on this device').uncheck();
	expect(await keys()).toEqual([]);
	await page.getByLabel('Keep this on this device').check();
	await page.getByRole('button', { name: 'Delete everything' }).click();
	expect(await keys()).toEqual([]);
	expect(await page.context().cookies()).toEqual([]);
});

test('pages are served with the security headers, and hashed assets are cached for good', async ({
	request,
	page,
}) => {
	for (const path of ['/', '/articles/the-identity-shift/', '/search/', '/no-such-page/']) {
		const headers = (await request.get(path)).headers();
		expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['x-frame-options']).toBe('DENY');
		expect(headers['referrer-policy']).toBe('no-referrer');
		expect(headers['strict-transport-security']).toMatch(/max-age=63072000/);
		expect(headers['permissions-policy']).toContain('camera=()');
		expect(headers['cross-origin-opener-policy']).toBe('same-origin');
		expect(headers['cross-origin-resource-policy']).toBe('same-origin');
		expect(headers['cache-control'] ?? '').not.toContain('immutable');
	}
	await page.goto('/directory/');
	const asset = await page.locator('script[src*="/_astro/"]').first().getAttribute('src');
	expect((await request.get(asset!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	expect((await request.get('/site.js')).headers()['cache-control'] ?? '').not.toContain('immutable');
});

test('the page and the search index both work under the header policy, with no CSP violation', async ({
	page,
}) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const w = window as unknown as { __csp?: string[] };
			(w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
		});
	});
	await page.goto('/search/?q=Al-Anon');
	await expect(page.locator('main .search-result').first()).toBeVisible();
	await page.locator('[data-search-trigger]').click();
	await page.locator('dialog[data-search-dialog]').getByRole('searchbox').fill('meeting');
	await expect(page.locator('dialog .search-result').first()).toBeVisible();
	const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
	expect(seen).toEqual([]);
	expect(violations).toEqual([]);
});
