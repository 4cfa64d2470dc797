/** Filling in the support-circle planner as a reader would, for the circle*.spec.ts tests. */
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { LOCALES, words, type Dictionary, type Locale } from '../../../src/i18n';
import type { PersonGroup } from '../../../src/lib/circle';

export const t = words('en');

/** The languages the planner is built in, for tests that run in each. */
export const LANGUAGES = Object.keys(LOCALES) as Locale[];

export interface PersonInput {
	group: PersonGroup;
	name: string;
	phone?: string;
	reach?: 'call' | 'text' | 'both';
	when?: string;
	helpsWith?: string;
	onCard?: boolean;
}

/** The fields of the last person added to a group. */
export function lastPerson(page: Page, group: PersonGroup): Locator {
	return page.locator(`[data-people="${group}"] [data-person]`).last();
}

/**
 * Add a person with the group's Add button and fill in their fields by label, as a reader would
 * (`t`: the words of the page's language).
 */
export async function addPerson(
	page: Page,
	person: PersonInput,
	t: Dictionary = words('en')
): Promise<Locator> {
	await page.getByRole('button', { name: t.circle.people.groups[person.group].add }).click();
	const row = lastPerson(page, person.group);
	const name = row.getByLabel(t.circle.people.name, { exact: true });
	await expect(name).toBeFocused();
	await name.fill(person.name);
	if (person.phone) {
		await row.getByLabel(t.circle.people.phone, { exact: true }).fill(person.phone);
	}
	await row
		.getByRole('radio', { name: t.circle.people.reachWays[person.reach ?? 'call'], exact: true })
		.check();
	if (person.when) await row.getByLabel(t.circle.people.when).fill(person.when);
	if (person.helpsWith) await row.getByLabel(t.circle.people.helpsWith).fill(person.helpsWith);
	if (person.onCard) await row.getByLabel(t.circle.people.onCard).check();
	return row;
}

/** Add a meeting and fill in its fields. */
export async function addMeeting(
	page: Page,
	meeting: { name: string; day: string; time: string; placeOrLink: string },
	t: Dictionary = words('en')
): Promise<Locator> {
	await page.getByRole('button', { name: t.circle.meetings.add }).click();
	const row = page.locator('[data-meetings] [data-meeting]').last();
	await row.getByLabel(t.circle.meetings.name).fill(meeting.name);
	await row.getByLabel(t.circle.meetings.day).selectOption({ label: meeting.day });
	await row.getByLabel(t.circle.meetings.time).fill(meeting.time);
	await row.getByLabel(t.circle.meetings.placeOrLink).fill(meeting.placeOrLink);
	return row;
}

/**
 * Every request the browser makes in a context (pages and the service worker), so a test can
 * check that none leaves the origin and none carries what the reader typed.
 */
export function watchRequests(context: BrowserContext) {
	const requests: { url: string; method: string; body: string }[] = [];
	context.on('request', (request) =>
		requests.push({ url: request.url(), method: request.method(), body: request.postData() ?? '' })
	);
	return {
		requests,
		/** Requests to another origin (data: and blob: URLs stay in the page). */
		foreign: (origin: string) =>
			requests
				.filter((r) => !/^(data|blob):/.test(r.url) && new URL(r.url).origin !== origin)
				.map((r) => r.url),
		/** Requests whose address or body contains any of `secrets` (also percent-encoded). */
		carrying: (secrets: string[]) =>
			requests.filter((r) =>
				secrets.some((s) => [r.url, decodeURIComponent(r.url), r.body].some((text) => text.includes(s)))
			),
	};
}

/** Wait until this page's service worker is active, with everything it precaches in place. */
export async function serviceWorkerReady(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		if (!registration.active) throw new Error('no active service worker');
	});
	// Pages opened from now on go through the worker (it claims its clients when it activates).
	await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/** The size of each page of a PDF, in points, from its MediaBox entries. */
export function pdfPageSizes(pdf: Buffer): { width: number; height: number }[] {
	const text = pdf.toString('latin1');
	return [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => ({
		width: Number(m[3]) - Number(m[1]),
		height: Number(m[4]) - Number(m[2]),
	}));
}

/** Millimetres in PDF points. */
export const mm = (value: number) => (value / 25.4) * 72;
