import { expect, test, type Page } from '@playwright/test';
import { plural, words } from '../../src/i18n';
import { FACET_GROUPS, facetGroup } from '../../src/lib/facets';
import { organisations, supportTypes, valuesIn, type SupportTypeData } from './support/data';

const t = words('en');
const label = (group: string, id: string) => facetGroup(group).values.find((v) => v.id === id)!.label.en;

/** Names of the support types the data says should pass: OR within a group, AND across. */
function expected(filters: Record<string, string[]>): string[] {
	return supportTypes
		.filter((type) =>
			Object.entries(filters).every(([group, values]) =>
				values.some((v) => valuesIn(type, facetGroup(group)).includes(v))
			)
		)
		.map((type: SupportTypeData) => type.name)
		.sort();
}

async function visibleNames(page: Page): Promise<string[]> {
	const names = await page
		.locator('[data-directory-entry]:visible')
		.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.name ?? ''));
	return names.sort();
}

/** The live count as readers hear it, in the dictionary's words. */
const countText = (n: number, filtered = false) =>
	plural('en-US', filtered ? t.directory.countMatching : t.directory.count, n);
const COUNT = '[data-directory-count]';

test.describe('directory filters', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/directory/');
		await expect(page.locator('[data-directory-filters]')).toBeVisible();
	});

	for (const { id: key, values } of FACET_GROUPS) {
		test(`each "${key}" value narrows to exactly the matching support types`, async ({ page }) => {
			const group = page
				.locator('[data-directory-filters] fieldset')
				.filter({ has: page.locator(`input[name="${key}"]`) });
			for (const value of values) {
				const box = group.getByRole('checkbox', { name: value.label.en, exact: true });
				await box.check();
				const names = expected({ [key]: [value.id] });
				expect(await visibleNames(page), `${key}=${value.id}`).toEqual(names);
				await expect(page.locator(COUNT)).toHaveText(countText(names.length, true));
				await box.uncheck();
			}
			expect(await visibleNames(page)).toEqual(expected({}));
		});
	}

	test('OR within a group, AND across groups', async ({ page }) => {
		await page.getByRole('checkbox', { name: label('format', 'phone'), exact: true }).check();
		await page.getByRole('checkbox', { name: label('format', 'in-person'), exact: true }).check();
		const either = expected({ format: ['phone', 'in-person'] });
		expect(either.length).toBeGreaterThan(expected({ format: ['phone'] }).length);
		expect(await visibleNames(page)).toEqual(either);

		await page.getByRole('checkbox', { name: label('cost', 'free'), exact: true }).check();
		const both = expected({ format: ['phone', 'in-person'], cost: ['free'] });
		expect(both.length).toBeLessThan(either.length);
		expect(await visibleNames(page)).toEqual(both);
	});

	test('state lives in the address: reload, back button and a pasted link restore it', async ({
		page,
		context,
	}) => {
		await page.getByRole('checkbox', { name: label('audience', 'family'), exact: true }).check();
		await page.getByRole('checkbox', { name: label('format', 'online'), exact: true }).check();
		await expect(page).toHaveURL(/\/directory\/\?audience=family&format=online$/);
		const names = expected({ audience: ['family'], format: ['online'] });
		expect(await visibleNames(page)).toEqual(names);

		await page.reload();
		await expect(page.getByRole('checkbox', { name: label('format', 'online'), exact: true })).toBeChecked();
		expect(await visibleNames(page)).toEqual(names);

		await page.goBack();
		await expect(page).toHaveURL(/\?audience=family$/);
		await expect(
			page.getByRole('checkbox', { name: label('format', 'online'), exact: true })
		).not.toBeChecked();
		expect(await visibleNames(page)).toEqual(expected({ audience: ['family'] }));

		const pasted = await context.newPage();
		await pasted.goto('/directory/?audience=family&format=online');
		expect(await visibleNames(pasted)).toEqual(names);
		await expect(
			pasted.getByRole('checkbox', { name: label('audience', 'family'), exact: true })
		).toBeChecked();
	});

	test('works by keyboard alone, and the count is announced', async ({ page }) => {
		const count = page.locator(COUNT);
		await expect(count).toHaveAttribute('aria-live', 'polite');
		await expect(count).toHaveText(countText(supportTypes.length));
		const textBox = page.getByRole('checkbox', { name: label('format', 'text'), exact: true });
		await textBox.focus();
		await page.keyboard.press('Space');
		await expect(textBox).toBeChecked();
		await expect(count).toHaveText(countText(expected({ format: ['text'] }).length, true));
		const clear = page.getByRole('button', { name: t.directory.clearAll });
		await clear.focus();
		await page.keyboard.press('Enter');
		await expect(textBox).not.toBeChecked();
		await expect(count).toHaveText(countText(supportTypes.length));
	});

	test('an empty result offers the helpline and the get-help page', async ({ page }) => {
		// Find two values that no entry shares, from the data.
		const pair = FACET_GROUPS.flatMap(({ id: k1, values: v1 }) =>
			FACET_GROUPS.flatMap(({ id: k2, values: v2 }) =>
				k1 < k2 ? v1.flatMap((a) => v2.map((b) => ({ k1, a, k2, b }))) : []
			)
		).find(({ k1, a, k2, b }) => expected({ [k1]: [a.id], [k2]: [b.id] }).length === 0);
		expect(pair, 'the data has a combination with no match').toBeDefined();
		await page.locator(`[data-directory-filters] input[name="${pair!.k1}"][value="${pair!.a.id}"]`).check();
		await page.locator(`[data-directory-filters] input[name="${pair!.k2}"][value="${pair!.b.id}"]`).check();
		const empty = page.locator('[data-directory-empty]');
		await expect(empty).toBeVisible();
		await expect(page.locator(COUNT)).toHaveText(countText(0, true));
		await expect(empty.locator('a[href^="tel:"]')).toBeVisible();
		await expect(empty.locator('a[href$="/get-help/"]')).toBeVisible();
	});

	test('the guided finder sets the filters, by keyboard', async ({ page }) => {
		const finder = page.locator('[data-guided-finder]');
		await finder.locator('summary').focus();
		await page.keyboard.press('Enter');
		// One answer per finder question, read from the facet data: the first value, and "no preference" for the rest.
		const asked = FACET_GROUPS.filter((g) => 'finderQuestion' in g);
		expect(asked.length).toBeGreaterThan(1);
		const [first, ...rest] = asked;
		const value = first!.values[1]!;
		await finder
			.getByRole('radio', { name: ('finderLabel' in value ? value.finderLabel : value.label).en })
			.check();
		for (const group of rest) await finder.locator(`input[name="${group.id}"][value=""]`).check();
		await finder.getByRole('button', { name: t.directory.finderSubmit }).press('Enter');
		await expect(page).toHaveURL(new RegExp(`\\?${first!.id}=${value.id}$`));
		expect(await visibleNames(page)).toEqual(expected({ [first!.id]: [value.id] }));
		await expect(page.locator(COUNT)).toBeFocused();
	});
});

test.describe('directory with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('every support type is listed and links to its page', async ({ page }) => {
		await page.goto('/directory/');
		await expect(page.locator('[data-directory-filters]')).toBeHidden();
		for (const type of supportTypes) {
			await expect(page.getByRole('link', { name: type.name, exact: true })).toBeVisible();
		}
	});

	test('category pages give the same grouping', async ({ page }) => {
		await page.goto('/directory/');
		const categories = [...new Set(supportTypes.map((t) => t.category))];
		for (const category of categories) {
			await page.goto(`/directory/category/${category}/`);
			const names = await page
				.locator('[data-directory-entry]')
				.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.name ?? '').sort());
			expect(names).toEqual(
				supportTypes
					.filter((t) => t.category === category)
					.map((t) => t.name)
					.sort()
			);
		}
	});
});

test('each support type page lists exactly its organisations, by name, with anchors', async ({ page }) => {
	for (const type of supportTypes) {
		await page.goto(`/directory/${type.id}/`);
		const headings = await page
			.locator('#programs ~ div h3[id]')
			.evaluateAll((els) => els.map((e) => `${e.id}: ${(e as HTMLElement).innerText.trim()}`).sort());
		expect(headings, type.id).toEqual(
			organisations
				.filter((o) => o.supportTypes.includes(type.id))
				.map((o) => `${o.id}: ${o.name}`)
				.sort()
		);
	}
	// So every organisation is reachable from the directory.
	expect(organisations.every((o) => o.supportTypes.some((id) => supportTypes.some((t) => t.id === id)))).toBe(
		true
	);
});

test('the printable view has every support type, organisation and line', async ({ page }) => {
	await page.goto('/directory/print/');
	const text = await page.locator('main').innerText();
	for (const type of supportTypes) expect(text).toContain(type.name);
	for (const org of organisations) {
		expect(text).toContain(org.name);
		for (const line of org.lines) expect(text).toContain(line.display);
	}
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header nav')).toBeHidden();
	await expect(page.locator('[data-call-bar]')).toBeHidden();
});
