/**
 * Bringing back a saved circle from a file that is not one, in each language: each is refused
 * with a clear message in the page's words (announced as an alert), and the circle on the page,
 * and the one kept on the device, stay as they were. The 10 MB file is refused by its size,
 * before the page reads it.
 */
import { expect, test } from '@playwright/test';
import { fill, intlOf, plural, words, type Dictionary } from '../../src/i18n';
import { CIRCLE_STORAGE_KEY, emptyCircle, newPerson, serialiseCircle } from '../../src/lib/circle';
import { addPerson, LANGUAGES, lastPerson } from './support/circle';
import { pageIn } from './support/site';

/** A file the planner itself would save, as JSON to change one value of. */
function savedFile() {
	const circle = emptyCircle(['lifeline988']);
	circle.people.push({ ...newPerson('a1', 'family'), name: 'Someone Else' });
	return JSON.parse(serialiseCircle(circle)) as {
		version: number;
		circle: { people: Record<string, unknown>[] };
	};
}

/** Files that are not a saved circle, each with the message the page's words give for it. */
const badFiles = (errors: Dictionary['circle']['take']['importErrors']) => [
	{
		name: 'another-version.json',
		content: () => JSON.stringify({ ...savedFile(), version: 2 }),
		message: fill(errors.version, { version: '2' }),
	},
	{
		name: 'broken.json',
		content: () => serialiseCircle(emptyCircle([])).slice(0, 40),
		message: errors.notJson,
	},
	{
		name: 'wrong-kind.json',
		content: () => {
			const file = savedFile();
			file.circle.people[0]!.name = 42;
			return JSON.stringify(file);
		},
		message: fill(errors.field, { field: 'people › 1 › name' }),
	},
	{ name: 'not-a-circle.json', content: () => '{"hello": "world"}', message: errors.notCircle },
	{
		// A real circle, padded to 10 MB: refused for its size whatever it holds.
		name: 'ten-megabytes.json',
		content: () => serialiseCircle(emptyCircle([])) + ' '.repeat(10 * 1024 * 1024),
		message: fill(errors.tooLarge, { size: '1 MB' }),
	},
];

for (const locale of LANGUAGES) {
	const t = words(locale);
	test(`a file that is not a saved circle is refused with a clear message, and nothing changes (${locale})`, async ({
		page,
	}) => {
		// Count the files the page reads, to show the 10 MB one is never read.
		await page.addInitScript(() => {
			const text = Blob.prototype.text;
			Blob.prototype.text = function (this: Blob) {
				const w = window as unknown as { __reads?: number };
				w.__reads = (w.__reads ?? 0) + 1;
				return text.call(this);
			};
		});
		await page.goto(pageIn(locale, '/my-circle/'));
		await addPerson(page, { group: 'sponsor', name: 'Jo Rivera', phone: '2025550134' }, t);
		const plan = page.getByRole('textbox', { name: t.circle.plan.onMyOwn.title });
		await plan.fill('Walk the dog');
		await page.getByLabel(t.circle.privacy.keep).check();
		const kept = await page.evaluate((key) => localStorage.getItem(key), CIRCLE_STORAGE_KEY);
		expect(kept).toContain('Jo Rivera');
		const input = page.getByLabel(t.circle.take.import);

		for (const bad of badFiles(t.circle.take.importErrors)) {
			const reads = await page.evaluate(() => (window as unknown as { __reads?: number }).__reads ?? 0);
			await input.setInputFiles({
				name: bad.name,
				mimeType: 'application/json',
				buffer: Buffer.from(bad.content()),
			});
			await expect(page.getByRole('alert'), bad.name).toHaveText(bad.message);
			await expect(page.locator('[data-import-status]')).toHaveText('');
			await expect(page.locator('[data-person]')).toHaveCount(1);
			await expect(lastPerson(page, 'sponsor').getByLabel(t.circle.people.name, { exact: true })).toHaveValue(
				'Jo Rivera'
			);
			await expect(plan).toHaveValue('Walk the dog');
			expect(await page.evaluate((key) => localStorage.getItem(key), CIRCLE_STORAGE_KEY), bad.name).toBe(
				kept
			);
			const after = await page.evaluate(() => (window as unknown as { __reads?: number }).__reads ?? 0);
			if (bad.name === 'ten-megabytes.json') expect(after, 'the large file is not read').toBe(reads);
		}

		// A good file afterwards clears the message and replaces the circle.
		await input.setInputFiles({
			name: 'good.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(savedFile())),
		});
		const intl = intlOf(locale);
		await expect(page.locator('[data-import-status]')).toHaveText(
			fill(t.circle.take.imported, {
				people: plural(intl, t.circle.people.count, 1),
				meetings: plural(intl, t.circle.meetings.count, 0),
			})
		);
		await expect(page.getByRole('alert')).toHaveText('');
		await expect(lastPerson(page, 'family').getByLabel(t.circle.people.name, { exact: true })).toHaveValue(
			'Someone Else'
		);
	});
}
