import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HELPLINE } from '../../src/config';
import { COLOUR_RULES, DESKTOP, expectNoAxeViolations, PHONE, watchPage } from './support/checks';
import { allPages, DIST, htmlFile } from './support/site';
import { onePerRoute } from './support/templates';

const NOT_FOUND = '/this-page-does-not-exist/';
const helplineSelector = `a[href="tel:${HELPLINE.call.e164}"]`;
const pages = allPages();
/**
 * axe runs every WCAG 2.2 AA rule on every page in the light theme, and the colour rules (all that
 * a theme changes) in the dark theme. The phone-width passes find layout problems, which are the
 * same on every page a route renders, so they run in full, in both themes, on one page per route.
 */
const phoneAxe = new Set(
	onePerRoute(
		pages.map((path) => ({ path, file: path === NOT_FOUND ? join(DIST, '404.html') : htmlFile(path) }))
	)
);

for (const path of pages) {
	test.describe(path, () => {
		test('has the helpline, one h1, no foreign requests or errors, and no axe violations in either theme', async ({
			page,
			baseURL,
		}) => {
			const watched = watchPage(page, new URL(baseURL!).origin);
			await page.setViewportSize(DESKTOP);
			await page.emulateMedia({ colorScheme: 'light' });
			const response = await page.goto(path);
			expect(response?.status()).toBe(path === NOT_FOUND ? 404 : 200);

			await expect(page.locator('h1')).toHaveCount(1);
			await expect(page.locator('h1')).toBeVisible();
			await expect(page.locator(`header ${helplineSelector}`)).toBeVisible();
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
			await expectNoAxeViolations(page, 'desktop light');

			await page.emulateMedia({ colorScheme: 'dark' });
			await page.reload();
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			await expectNoAxeViolations(page, 'desktop dark', phoneAxe.has(path) ? undefined : COLOUR_RULES);

			await page.setViewportSize(PHONE);
			// The call action stays in reach after scrolling down, without going back to the top.
			await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
			await expect(page.locator(`[data-call-bar] ${helplineSelector}`)).toBeInViewport();
			if (phoneAxe.has(path)) {
				await expectNoAxeViolations(page, 'phone dark');
				await page.emulateMedia({ colorScheme: 'light' });
				await page.reload();
				await expectNoAxeViolations(page, 'phone light');
			}

			// The 404 document itself is reported as a failed load; nothing else may be.
			const errors = watched.errors.filter((e) => !(path === NOT_FOUND && /404 \(Not Found\)/.test(e)));
			expect(errors, 'console errors and CSP violations').toEqual([]);
			expect(watched.foreign, 'requests to other origins').toEqual([]);
		});
	});
}

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	for (const path of allPages()) {
		test(`${path} is complete and readable`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('h1')).toBeVisible();
			await expect(page.locator(`header ${helplineSelector}`)).toBeVisible();
			const text = (await page.locator('main').innerText()).trim();
			expect(text.length).toBeGreaterThan(150);
			// No words run together where markup meets text ("Recovery,an", "For:People").
			const glued = (await page.locator('body').innerText())
				.split('\n')
				.flatMap(
					(line) => line.match(/\S*([a-z][,;:][A-Za-z]|[a-z][.!?][A-Z]|[a-z][A-Z]{2}|[a-z]\(\d)\S*/g) ?? []
				);
			expect(glued).toEqual([]);
			// Controls that need JavaScript stay out of the way rather than appearing broken.
			await expect(page.locator('[data-theme-switch]')).toBeHidden();
		});
	}
});
