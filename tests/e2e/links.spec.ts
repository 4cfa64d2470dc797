import { expect, test } from '@playwright/test';
import { siteConfig as subpathConfig } from '../fixtures/site-config';
import { checkInternalLinks } from './support/links';
import { sitemapPaths, SUBPATH_BASE, SUBPATH_DIST, SUBPATH_ORIGIN } from './support/site';

test('no broken internal link, asset or anchor anywhere in the site', async ({ request, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const { problems, checked } = await checkInternalLinks(request, origin, '/', [
		...sitemapPaths(),
		'/404.html',
	]);
	expect(problems).toEqual([]);
	expect(checked).toBeGreaterThan(sitemapPaths().length);
});

test('a build under the /recovery/ sub-path passes the same link checks', async ({ request }) => {
	const paths = sitemapPaths(SUBPATH_DIST);
	expect(paths.length).toBe(sitemapPaths().length);
	for (const path of paths) expect(path.startsWith(SUBPATH_BASE)).toBe(true);
	const { problems } = await checkInternalLinks(request, SUBPATH_ORIGIN, SUBPATH_BASE, [
		...paths,
		`${SUBPATH_BASE}404.html`,
	]);
	expect(problems).toEqual([]);
});

test('a page under the sub-path loads with its styles, theme script and its own helpline', async ({
	page,
}) => {
	const failed: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
	});
	await page.goto(`${SUBPATH_ORIGIN}${SUBPATH_BASE}get-help/`);
	await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
	// That build uses the fixture configuration (see site-config.spec.ts).
	await expect(page.locator(`header a[href="tel:${subpathConfig.helpline.call.e164}"]`)).toBeVisible();
	const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	expect(background).not.toBe('rgba(0, 0, 0, 0)');
	expect(failed).toEqual([]);
});
