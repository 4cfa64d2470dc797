/**
 * The planner filled in, and the offline page, in each language, checked as pages.spec.ts checks
 * every page in the sitemap (which sees the planner empty and never sees the offline pages): no
 * axe violations in either theme at phone and desktop widths, and nothing wider than the screen
 * at 320 px or at 200% zoom; on the offline page, text in another language marked with its `lang`.
 */
import { expect, test, type Page } from '@playwright/test';
import { words, type Dictionary, type Locale } from '../../src/i18n';
import { DESKTOP, expectNoAxeViolations, PHONE } from './support/checks';
import { addMeeting, addPerson, LANGUAGES } from './support/circle';
import { pageIn } from './support/site';
import { expectLangOfParts, installWcag } from './support/wcag';

/** A planner with people (one number still wrong), a meeting and a plan, in the page's words. */
async function fillPlanner(page: Page, locale: Locale, t: Dictionary) {
	await page.goto(pageIn(locale, '/my-circle/'));
	await addPerson(
		page,
		{ group: 'sponsor', name: 'Jo Rivera', phone: '2025550134', reach: 'both', onCard: true },
		t
	);
	const wrong = await addPerson(page, { group: 'family', name: 'Sam Lee', phone: '12' }, t);
	await wrong.getByLabel(t.circle.people.when).click();
	await expect(wrong.getByLabel(t.circle.people.phone, { exact: true })).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await addMeeting(
		page,
		{ name: 'Tuesday home group', day: t.circle.meetings.days.tue, time: '19:30', placeOrLink: 'Library' },
		t
	);
	await page.getByRole('textbox', { name: t.circle.plan.onMyOwn.title }).fill('Walk round the block');
	await page.getByLabel(t.circle.privacy.keep).check();
}

const noWiderThanScreen = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

for (const locale of LANGUAGES) {
	const t = words(locale);
	for (const [width, viewport] of [
		['phone', PHONE],
		['desktop', DESKTOP],
	] as const) {
		test(`the filled-in planner has no axe violations in either theme (${locale}, ${width})`, async ({
			page,
		}) => {
			await page.setViewportSize(viewport);
			await page.emulateMedia({ colorScheme: 'light' });
			await fillPlanner(page, locale, t);
			await expectNoAxeViolations(page, `planner ${locale} ${width} light`);
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.reload(); // the kept circle comes back, in the dark theme
			await expect(page.locator('[data-person]')).toHaveCount(2);
			await expectNoAxeViolations(page, `planner ${locale} ${width} dark`);
		});

		test(`the offline page has no axe violations in either theme (${locale}, ${width})`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await installWcag(page);
			for (const scheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(pageIn(locale, '/offline/'));
				await expect(page.locator('h1')).toHaveText(t.circle.offline.title);
				await expectNoAxeViolations(page, `offline ${locale} ${width} ${scheme}`);
			}
			// Not in the sitemap, so not in the page-wide test's check of the language of parts.
			await expectLangOfParts(page, `offline ${locale}`);
		});
	}

	for (const [label, viewport] of [
		['320 px wide', { width: 320, height: 700 }],
		['200% zoom', { width: DESKTOP.width / 2, height: DESKTOP.height / 2 }],
	] as const) {
		test(`the planner, card, plan and offline page fit the screen at ${label} (${locale})`, async ({
			page,
		}) => {
			await page.setViewportSize(viewport);
			await fillPlanner(page, locale, t);
			expect(await noWiderThanScreen(page), pageIn(locale, '/my-circle/')).toBe(true);
			for (const path of ['/my-circle/card/', '/my-circle/plan/', '/offline/'].map((p) =>
				pageIn(locale, p)
			)) {
				await page.goto(path);
				expect(await noWiderThanScreen(page), path).toBe(true);
			}
			// The card shows the kept circle and stays within the screen.
			await page.goto(pageIn(locale, '/my-circle/card/'));
			await expect(page.locator('.wallet-face').first()).toContainText('Jo Rivera');
			const box = (await page.locator('.wallet-face').first().boundingBox())!;
			expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
		});
	}

	test(`without JavaScript the card and plan are blank forms to fill in by hand (${locale})`, async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(pageIn(locale, '/my-circle/'));
		await expect(page.getByRole('link', { name: t.circle.noScript.plan })).toBeVisible();
		await expect(page.getByRole('button', { name: t.circle.privacy.delete })).toBeHidden();
		await page.getByRole('link', { name: t.circle.noScript.card }).click();
		await expect(page).toHaveURL((url) => url.pathname === pageIn(locale, '/my-circle/card/'));
		await expect(page.locator('[data-card-blank]')).toHaveCount(5);
		await expect(page.getByText(t.circle.card.blank)).toBeVisible();
		await page.goto(pageIn(locale, '/my-circle/plan/'));
		await expect(page.getByRole('heading', { name: t.circle.plan.warningSigns.title })).toBeVisible();
		await context.close();
	});
}
