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

/** What one card shows, read in one pass once every "How we checked this" is open. */
interface CardShown {
	id: string;
	checked: { datetime: string; text: string }[];
	summary: string;
	spanish: number;
	sources: { href: string; visible: boolean }[];
	items: number;
}

for (const [type, entries] of byPage) {
	test(`/directory/${type}/: each card shows its checked date, its confidence and its sources`, async ({
		page,
	}) => {
		await page.goto(`/directory/${type}/`);
		// Open every "How we checked this" as a reader would, then read every card at once.
		for (const summary of await page.locator('article details summary').all()) await summary.click();
		const cards = await page.evaluate(
			(ids) =>
				ids.map((id): CardShown => {
					const card = document.querySelector(`article[aria-labelledby="${id}"]`);
					const details = card?.querySelector('details');
					return {
						id,
						checked: [...(card?.querySelectorAll('time') ?? [])].map((t) => ({
							datetime: t.getAttribute('datetime') ?? '',
							text: (t as HTMLElement).innerText.trim(),
						})),
						summary: (card?.querySelector<HTMLElement>('[data-facts-summary]')?.innerText ?? '').replace(
							/\s+/g,
							' '
						),
						spanish: card?.querySelectorAll('[lang="es"]').length ?? -1,
						sources: [...(details?.querySelectorAll('a[href]') ?? [])].map((a) => ({
							href: a.getAttribute('href') ?? '',
							visible: a.checkVisibility(),
						})),
						items: details?.querySelectorAll('li').length ?? -1,
					};
				}),
			entries.map((o) => o.id)
		);
		for (const [i, o] of entries.entries()) {
			const card = cards[i]!;
			const latest = o.facts
				.map((f) => String(f.seen))
				.sort()
				.at(-1)!;
			expect(card.checked, o.id).toContainEqual({
				datetime: latest,
				text: fill(t.directory.checked, { date: formatDate(new Date(latest)) }),
			});
			const secondhand = o.facts.some((f) => f.status === 'S');
			expect(card.summary.includes(t.directory.secondhand), `${o.id}: secondhand note`).toBe(secondhand);
			const languagesLine = t.directory.languages.split('{list}')[0]!;
			if (o.languages)
				expect(card.summary, o.id).toContain(fill(t.directory.languages, { list: o.languages.join(', ') }));
			else expect(card.summary, `${o.id}: no languages line`).not.toContain(languagesLine);
			expect(card.spanish, `${o.id}: Spanish note`).toBe(o.spanish ? 1 : 0);
			for (const f of o.facts) {
				expect(
					card.sources.find((s) => s.href === f.source),
					`${o.id}: ${f.source}`
				).toMatchObject({ visible: true });
			}
			expect(card.items, o.id).toBe(o.facts.length);
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
