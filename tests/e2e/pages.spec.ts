/**
 * The page-wide checks, on every page of the sitemap (so new pages, and a second language, are
 * covered without a change here), in one load a page, in a browser page reused from test to test:
 *
 * - light, desktop: the helpline, one h1;
 * - light, phone: every WCAG 2.2 AA rule of axe, with `region` (all content in landmarks: the
 *   phone layout is the one with the call bar); language of parts, target size, keyboard focus,
 *   the call bar in reach at the end of the page; at 320 px: reflow, and reflow and clipped text
 *   with the WCAG text spacing;
 * - dark, desktop: axe's colour rules (all that a theme changes: both themes share markup and
 *   layout), target size and keyboard focus; at 200% text: reflow, clipping, focus.
 *
 * The dark theme is switched on in the page as site.js does at load when the system is dark
 * (`data-theme` on <html>, with the system preference emulated too), which saves a second load.
 * What the width changes is layout, the same on every page a route renders, so every rule of axe
 * also runs at the other width, in both themes, on one page per route; and the chrome around
 * <main> gets axe's every rule where it first appears, not again on every page that repeats it
 * (`fullChecks` below). Tab is pressed through every stop of those pages; elsewhere through the
 * header and into <main>, the rest focused by script with the same checks (wcag.ts,
 * `REPEAT_TAB_STOPS`). Focus indicators depend
 * on colour, so they are checked in the light theme on the phone and in the dark theme on the
 * desktop. Everything is watched for requests to other origins, console errors and CSP
 * violations, and the page must leave no cookie and nothing in storage.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { HELPLINE } from '../../src/config';
import { COLOUR_RULES, DESKTOP, expectNoAxeViolations, PHONE, watchPage } from './support/checks';
import { expect, test } from './support/fixtures';
import { allPages, DIST, htmlFile } from './support/site';
import { fullCheckPages } from './support/templates';
import {
	applyTextSpacing,
	expectFocusVisibleAndUnobscured,
	expectLangOfParts,
	expectNoClippedText,
	expectReflow,
	expectTargetSize,
	openPage,
	REFLOW,
	removeTextSpacing,
	REPEAT_TAB_STOPS,
	setTextSize,
	TAB_STOPS,
} from './support/wcag';

const NOT_FOUND = '/this-page-does-not-exist/';
const helplineSelector = `a[href="tel:${HELPLINE.call.e164}"]`;
const pages = allPages();
/**
 * Where every rule of axe runs on the whole page at both widths in both themes: one page per
 * route and one per page chrome (templates.ts). Elsewhere axe leaves out the chrome, the same
 * markup and styles as on one of those pages (`region`, which is about the chrome, still runs on
 * the whole page); every other check runs on the whole of every page.
 */
const fullChecks = fullCheckPages(
	pages.map((path) => ({ path, file: path === NOT_FOUND ? join(DIST, '404.html') : htmlFile(path) })),
	DIST
);
/** Everything around <main>. */
const CHROME = 'body > :not(main)';

/** Console errors and foreign requests seen while `check` ran; the 404 document's own failed load is expected. */
async function watched(page: Page, origin: string, path: string, check: () => Promise<void>) {
	const watch = watchPage(page, origin);
	try {
		await check();
	} finally {
		watch.stop();
	}
	const errors = watch.errors.filter((e) => !(path === NOT_FOUND && /404 \(Not Found\)/.test(e)));
	expect(errors, 'console errors and CSP violations').toEqual([]);
	expect(watch.foreign, 'requests to other origins').toEqual([]);
	// Reading a page stores nothing (the theme choice, kept only when the reader switches, is
	// privacy.spec.ts's business, with search and the service worker).
	expect(await page.context().cookies(), 'cookies').toEqual([]);
	expect(
		await page.evaluate(async () => ({
			local: Object.keys(localStorage),
			session: Object.keys(sessionStorage),
			databases: (await indexedDB.databases()).map((d) => d.name),
		})),
		'storage'
	).toEqual({ local: [], session: [], databases: [] });
}

/** Switch the theme as site.js does for a reader whose system is in that theme. */
async function useTheme(page: Page, theme: 'light' | 'dark') {
	await page.emulateMedia({ colorScheme: theme });
	await page.evaluate((t) => {
		document.documentElement.setAttribute('data-theme', t);
		document.querySelector('[data-theme-switch]')?.setAttribute('aria-pressed', String(t === 'dark'));
	}, theme);
}

for (const path of pages) {
	test(`${path}: helpline, h1, axe in both themes; landmarks, lang of parts, targets, focus, reflow, text spacing, 200% text`, async ({
		sitePage: page,
		baseURL,
	}) => {
		await watched(page, new URL(baseURL!).origin, path, async () => {
			const response = await openPage(page, path, DESKTOP, 'light');
			expect(response?.status()).toBe(path === NOT_FOUND ? 404 : 200);
			await expect(page.locator('h1')).toHaveCount(1);
			await expect(page.locator('h1')).toBeVisible();
			await expect(page.locator(`header ${helplineSelector}`)).toBeVisible();
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
			const full = fullChecks.has(path);
			const exclude = full ? undefined : CHROME;
			if (full) await expectNoAxeViolations(page, 'desktop light');

			await page.setViewportSize(PHONE);
			if (full) await expectNoAxeViolations(page, 'phone light', { also: ['region', 'tabindex'] });
			else {
				await expectNoAxeViolations(page, 'phone light', { exclude, also: ['tabindex'] });
				await expectNoAxeViolations(page, 'phone light', { rules: ['region'] });
			}
			const tabStops = full ? TAB_STOPS : REPEAT_TAB_STOPS;
			const phone = `${path} on a phone`;
			await expectLangOfParts(page, phone);
			await expectTargetSize(page, phone);
			await expectFocusVisibleAndUnobscured(page, phone, tabStops);
			// The call action stays in reach after scrolling down, without going back to the top.
			await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
			await expect(page.locator(`[data-call-bar] ${helplineSelector}`)).toBeInViewport();

			// 1280 px at 400% zoom is a 320 x 256 CSS px viewport with 4 device pixels per CSS
			// pixel. Layout sees only CSS pixels (media queries, rem, vw), so 320 x 256 here covers
			// both of 1.4.10's wordings without a second browser context at deviceScaleFactor 4
			// (compared once on every page: the same x and width for every element; heights differ
			// by at most 1 px from font hinting). expectReflow fails if the CSS ever uses a
			// resolution media query, which would break that equivalence.
			await page.setViewportSize(REFLOW);
			const narrow = `${path} at 320 px`;
			await expectReflow(page, narrow);
			await expectNoClippedText(page, narrow);
			await applyTextSpacing(page);
			await expectReflow(page, `${narrow} with text spacing`);
			await expectNoClippedText(page, `${narrow} with text spacing`);
			await removeTextSpacing(page);

			await page.setViewportSize(DESKTOP);
			await page.evaluate(() => window.scrollTo(0, 0));
			await useTheme(page, 'dark');
			await expectNoAxeViolations(page, 'desktop dark', full ? {} : { rules: COLOUR_RULES, exclude });
			if (full) {
				await page.setViewportSize(PHONE);
				await expectNoAxeViolations(page, 'phone dark');
				await page.setViewportSize(DESKTOP);
			}
			const desktop = `${path} on a desktop`;
			await expectTargetSize(page, desktop);
			await expectFocusVisibleAndUnobscured(page, desktop, tabStops);

			const big = `${path} on a desktop at 200% text`;
			await setTextSize(page, 200, big);
			await expectReflow(page, big);
			await expectNoClippedText(page, big);
			await expectFocusVisibleAndUnobscured(page, big, 0);
		});
	});
}

test.describe('with JavaScript off', () => {
	for (const path of pages) {
		test(`${path} is complete and readable`, async ({ noScriptPage: page }) => {
			await page.goto(path);
			await expect(page.locator('h1')).toBeVisible();
			await expect(page.locator(`header ${helplineSelector}`)).toBeVisible();
			const text = (await page.locator('main').innerText()).trim();
			expect(text.length).toBeGreaterThan(150);
			const body = await page.locator('body').innerText();
			// No doubled brackets where a template wraps words that already carry their own.
			expect(body.match(/.{0,30}(\(\(|\)\)).{0,10}/g) ?? [], 'doubled brackets').toEqual([]);
			// No words run together where markup meets text ("Recovery,an", "For:People", "2026 ·5 min").
			const glued = body
				.split('\n')
				.flatMap(
					(line) =>
						line.match(/\S*([a-z][,;:][A-Za-z]|[a-z][.!?][A-Z]|[a-z][A-Z]{2}|[a-z]\(\d|·\S|\S·)\S*/g) ?? []
				);
			expect(glued).toEqual([]);
			// Controls that need JavaScript stay out of the way rather than appearing broken.
			await expect(page.locator('[data-theme-switch]')).toBeHidden();
		});
	}
});
