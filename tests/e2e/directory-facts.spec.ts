/**
 * What a reader is told about how each organisation's facts were checked, read against the
 * data: every organisation YAML, its card on its support type's built page.
 */
import { expect, test } from '@playwright/test';
import { fill, words } from '../../src/i18n';
import { formatDate } from '../../src/lib/dates';
import { DESKTOP, expectNoAxeViolations, PHONE } from './support/checks';
import { organisations as raw } from './support/data';

const t = words('en');

/** An organisation as its YAML has it (the `yaml` parser leaves dates as strings). */
interface Entry {
	id: string;
	name: string;
	supportTypes: string[];
	languages?: string[];
	spanish?: string;
	facts: { about: string[]; source: string; seen: string; status: 'V' | 'S' }[];
}
const organisations = raw as unknown as Entry[];

/** Organisations grouped by the first support type that lists them: one page visit each. */
const byPage = new Map<string, Entry[]>();
for (const o of organisations) byPage.set(o.supportTypes[0]!, [...(byPage.get(o.supportTypes[0]!) ?? []), o]);

test('every organisation fact has a source address and a date', () => {
	expect(organisations.length).toBeGreaterThanOrEqual(25);
	for (const o of organisations) {
		expect(o.facts?.length, `${o.id} has facts`).toBeGreaterThan(0);
		for (const f of o.facts) {
			expect(f.source, `${o.id}: source`).toMatch(/^https?:\/\/[^/\s]+\.[^/\s]+/);
			expect(String(f.seen), `${o.id}: seen`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	}
});

for (const [type, entries] of byPage) {
	test(`/directory/${type}/: each card shows its checked date, its confidence and its sources`, async ({
		page,
	}) => {
		await page.goto(`/directory/${type}/`);
		for (const o of entries) {
			const card = page.locator(`article[aria-labelledby="${o.id}"]`);
			const latest = o.facts
				.map((f) => String(f.seen))
				.sort()
				.at(-1)!;
			const time = card.locator(`time[datetime="${latest}"]`);
			await expect(time, o.id).toHaveText(fill(t.directory.checked, { date: formatDate(new Date(latest)) }));

			const summary = card.locator('[data-facts-summary]');
			const secondhand = o.facts.some((f) => f.status === 'S');
			if (secondhand) await expect(summary, o.id).toContainText(t.directory.secondhand);
			else await expect(summary, o.id).not.toContainText(t.directory.secondhand);
			if (o.languages) await expect(summary).toContainText(o.languages.join(', '));
			else await expect(summary, `${o.id}: no languages line`).not.toContainText('Languages:');

			const spanish = card.locator('[lang="es"]');
			await expect(spanish, o.id).toHaveCount(o.spanish ? 1 : 0);

			const details = card.locator('details');
			await details.locator('summary').click();
			for (const f of o.facts) {
				await expect(details.locator(`a[href="${f.source}"]`).first(), `${o.id}: ${f.source}`).toBeVisible();
			}
			await expect(details.locator('li'), o.id).toHaveCount(o.facts.length);
		}
	});
}

test('with every "How we checked this" open, a support type page has no axe violations', async ({ page }) => {
	for (const viewport of [PHONE, DESKTOP]) {
		await page.setViewportSize(viewport);
		await page.goto('/directory/lgbtq-support/');
		for (const summary of await page.locator('article details summary').all()) await summary.click();
		await expectNoAxeViolations(page, `lgbtq-support at ${viewport.width}px`);
	}
});
