/**
 * Browser pages reused by the page-wide checks: one per worker, kept from test to test. A fresh
 * context for each test costs a new renderer process, more than the checks on most pages; each
 * test sets its own viewport, theme and text size, and loads its page.
 */
import { test as base, type Page } from '@playwright/test';
import { installAxe } from './axe';
import { installWcag } from './wcag';

export const test = base.extend<object, { sitePage: Page; noScriptPage: Page }>({
	/** JavaScript on, with axe and the in-page WCAG checks installed. */
	sitePage: [
		async ({ browser }, use) => {
			const context = await browser.newContext();
			const page = await context.newPage();
			await installAxe(page);
			await installWcag(page);
			await use(page);
			await context.close();
		},
		{ scope: 'worker' },
	],
	/** JavaScript off, as a reader who turned it off sees the site. */
	noScriptPage: [
		async ({ browser }, use) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
});

export { expect } from '@playwright/test';
