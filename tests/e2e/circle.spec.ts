/**
 * The reader's journey through "My support circle", on a phone: add people and a meeting, write a
 * plan, keep it, reload, print the wallet card, download contacts, export, delete everything,
 * import the file back. Every request the browser makes is watched: none may leave the origin or
 * carry what the reader typed.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { configFor, crisisLine, HELPLINE } from '../../src/config';
import { fill, intlOf, plural, words } from '../../src/i18n';
import { CARD_MAX, CIRCLE_STORAGE_KEY } from '../../src/lib/circle';
import { addMeeting, addPerson, lastPerson, mm, pdfPageSizes, t, watchRequests } from './support/circle';
import { PHONE } from './support/checks';
import { pageIn } from './support/site';

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

const PLAN = {
	warningSigns: 'I stop answering texts and skip dinner',
	onMyOwn: 'Walk round the block with my headphones on',
	distractions: 'Coffee with Ana at the diner on Main Street',
	saferSpace: 'Naloxone in the kitchen drawer',
};
/** Everything the reader types; no request may carry any of it. */
const SECRETS = [
	'Jo Rivera',
	'Sam Lee',
	'Ana Ortiz',
	'5550134',
	'555-0134',
	'5550199',
	'79460958',
	'Tuesday home group',
	...Object.values(PLAN),
];

test('a reader builds a circle, keeps it, takes it along, deletes it and brings it back', async ({
	page,
	context,
	baseURL,
}) => {
	test.setTimeout(120_000);
	const watched = watchRequests(context);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto('/my-circle/');
	await expect(page.getByRole('heading', { level: 1, name: t.circle.title })).toBeVisible();

	// Three people, one with a number that needs fixing first.
	const jo = await addPerson(page, {
		group: 'sponsor',
		name: 'Jo Rivera',
		phone: '202 555 0134',
		reach: 'both',
		when: 'Evenings after work',
		helpsWith: 'Step work; a calm voice',
		onCard: true,
	});
	await expect(jo.getByLabel(t.circle.people.phone, { exact: true })).toHaveValue('(202) 555-0134');
	await expect(jo.getByText('Dials as (202) 555-0134.')).toBeVisible();
	await expect(jo.getByRole('link', { name: 'Call Jo Rivera' })).toHaveAttribute('href', 'tel:+12025550134');
	await expect(jo.getByRole('link', { name: 'Text Jo Rivera' })).toHaveAttribute('href', 'sms:+12025550134');
	await addPerson(page, { group: 'family', name: 'Sam Lee', phone: '415.555.0199', onCard: true });
	const ana = await addPerson(page, {
		group: 'recoveryFriends',
		name: 'Ana Ortiz',
		phone: '555',
		reach: 'text',
	});
	const anaPhone = ana.getByLabel(t.circle.people.phone, { exact: true });
	await expect(anaPhone).toHaveAttribute('aria-invalid', 'true');
	// The message is next to the field and part of its description, so it is read with it.
	await expect(anaPhone).toHaveAccessibleDescription(new RegExp(t.circle.people.phoneInvalid));
	await anaPhone.fill('+44 20 7946 0958');
	await anaPhone.blur();
	await expect(anaPhone).toHaveAttribute('aria-invalid', 'false');
	await expect(anaPhone).toHaveValue('+44 20 7946 0958');

	await addMeeting(page, {
		name: 'Tuesday home group',
		day: 'Tuesday',
		time: '19:30',
		placeOrLink: 'Library, room 2',
	});

	// The plan, in the reader's words, with Jo to ask for help and the provider's line taken off.
	for (const [field, text] of Object.entries(PLAN)) {
		await page.getByRole('textbox', { name: t.circle.plan[field as keyof typeof PLAN].title }).fill(text);
	}
	await page.getByRole('group', { name: t.circle.plan.askForHelp.title }).getByLabel('Jo Rivera').check();
	await page
		.getByRole('checkbox', { name: new RegExp(`^${t.circle.plan.lines.keep}\\W+${HELPLINE.name}$`) })
		.uncheck();
	const lifeline = crisisLine('lifeline988');
	await page.getByLabel(`Put ${lifeline.name} on my wallet card`).check();
	await expect(page.locator('[data-card-count]')).toHaveText('3 of 5 on your card.');

	// Nothing is stored until the reader chooses to keep it.
	expect(await page.evaluate((key) => localStorage.getItem(key), CIRCLE_STORAGE_KEY)).toBeNull();
	await page.getByLabel(t.circle.privacy.keep).check();
	await expect(page.locator('[data-circle-status]')).toHaveText(t.circle.privacy.kept);

	await page.reload();
	await expect(page.getByLabel(t.circle.privacy.keep)).toBeChecked();
	await expect(lastPerson(page, 'sponsor').getByLabel(t.circle.people.name, { exact: true })).toHaveValue(
		'Jo Rivera'
	);
	await expect(
		lastPerson(page, 'recoveryFriends').getByLabel(t.circle.people.phone, { exact: true })
	).toHaveValue('+44 20 7946 0958');
	await expect(page.getByRole('textbox', { name: t.circle.plan.onMyOwn.title })).toHaveValue(PLAN.onMyOwn);
	await expect(page.locator('[data-meetings] [data-meeting]')).toHaveCount(1);

	// The wallet card: the picked people and line, on two pages the size of a bank card.
	const [card] = await Promise.all([
		context.waitForEvent('page'),
		page.getByRole('link', { name: new RegExp(t.circle.take.openCard) }).click(),
	]);
	await card.waitForLoadState();
	const front = card.locator('[data-wallet-card] .wallet-face').first();
	await expect(front).toContainText('Jo Rivera');
	await expect(front).toContainText('(202) 555-0134');
	await expect(front).toContainText('Sam Lee');
	await expect(front).toContainText('(415) 555-0199');
	await expect(front).toContainText(lifeline.shortName ?? lifeline.name);
	await expect(front).not.toContainText('Ana Ortiz');
	await expect(card.locator('[data-card-own]')).toHaveText(PLAN.onMyOwn);
	await card.emulateMedia({ media: 'print' });
	// In print only the two faces show, each exactly 85.6 x 54 mm (at 96 CSS px per inch).
	await expect(card.locator('header')).toBeHidden();
	await expect(card.locator('h1')).toBeHidden();
	for (const face of await card.locator('.wallet-face').all()) {
		const box = (await face.boundingBox())!;
		expect(box.width).toBeCloseTo((85.6 / 25.4) * 96, 0);
		expect(box.height).toBeCloseTo((54 / 25.4) * 96, 0);
	}
	await expect(front).toContainText('Jo Rivera');
	const pdf = await card.pdf({ preferCSSPageSize: true, printBackground: true });
	const sizes = pdfPageSizes(pdf);
	expect(sizes).toHaveLength(2);
	for (const size of sizes) {
		expect(size.width).toBeCloseTo(mm(85.6), 0);
		expect(size.height).toBeCloseTo(mm(54), 0);
	}
	await card.close();

	// Contacts: one vCard per person with a number, in CRLF lines.
	const [contacts] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: t.circle.take.contactsAll }).click(),
	]);
	expect(contacts.suggestedFilename()).toBe('support-circle.vcf');
	const vcf = readFileSync((await contacts.path())!, 'utf8');
	expect(vcf.match(/BEGIN:VCARD\r\n/g)).toHaveLength(3);
	expect(vcf).toContain('FN:Jo Rivera\r\n');
	expect(vcf).toContain('TEL;VALUE=uri;TYPE="voice,text":tel:+12025550134\r\n');
	expect(vcf).toContain('NOTE:Evenings after work\\nStep work\\; a calm voice\r\n');
	expect(vcf).toContain('tel:+442079460958');

	// Export, delete everything, import the file back.
	const [exported] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: t.circle.take.export }).click(),
	]);
	const file = (await exported.path())!;
	expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
		format: 'together-in-recovery/circle',
		version: 1,
	});

	await page.getByRole('button', { name: t.circle.privacy.delete }).click();
	await expect(page.locator('[data-circle-status]')).toHaveText(t.circle.privacy.deleted);
	expect(await page.evaluate((key) => localStorage.getItem(key), CIRCLE_STORAGE_KEY)).toBeNull();
	await expect(page.locator('[data-person]')).toHaveCount(0);
	await expect(page.getByLabel(t.circle.privacy.keep)).not.toBeChecked();
	await expect(page.getByRole('textbox', { name: t.circle.plan.onMyOwn.title })).toHaveValue('');

	await page.getByLabel(t.circle.take.import).setInputFiles(file);
	await expect(page.locator('[data-import-status]')).toHaveText(
		'Your circle is back: 3 people, 1 meeting and your plan.'
	);
	await expect(page.locator('[data-person]')).toHaveCount(3);
	await expect(lastPerson(page, 'family').getByLabel(t.circle.people.name, { exact: true })).toHaveValue(
		'Sam Lee'
	);
	await expect(page.getByRole('textbox', { name: t.circle.plan.saferSpace.title })).toHaveValue(
		PLAN.saferSpace
	);
	await expect(
		page.getByRole('group', { name: t.circle.plan.askForHelp.title }).getByLabel('Jo Rivera')
	).toBeChecked();
	await expect(
		page.getByRole('checkbox', { name: new RegExp(`^${t.circle.plan.lines.keep}\\W+${HELPLINE.name}$`) })
	).not.toBeChecked();
	await expect(page.locator('[data-card-count]')).toHaveText('3 of 5 on your card.');
	// Imported, not kept: the reader chose to delete the kept copy, and nothing is stored again.
	expect(await page.evaluate(() => Object.keys(localStorage))).not.toContain(CIRCLE_STORAGE_KEY);

	expect(watched.foreign(new URL(baseURL!).origin)).toEqual([]);
	expect(watched.carrying(SECRETS)).toEqual([]);
	expect(watched.requests.filter((r) => r.method !== 'GET')).toEqual([]);
	expect(errors).toEqual([]);
});

test('"Delete everything" can be undone until the next change, and the kept copy comes back too', async ({
	page,
}) => {
	await page.goto('/my-circle/');
	await addPerson(page, { group: 'family', name: 'Sam Lee' });
	await page.getByRole('textbox', { name: t.circle.plan.onMyOwn.title }).fill('Walk');
	await page.getByLabel(t.circle.privacy.keep).check();
	const undo = page.getByRole('button', { name: t.circle.privacy.undo });
	await expect(undo).toBeHidden();

	await page.getByRole('button', { name: t.circle.privacy.delete }).click();
	await expect(page.locator('[data-person]')).toHaveCount(0);
	expect(await page.evaluate((key) => localStorage.getItem(key), CIRCLE_STORAGE_KEY)).toBeNull();
	await undo.click();
	await expect(page.locator('[data-circle-status]')).toHaveText(t.circle.privacy.restored);
	await expect(page.getByRole('button', { name: t.circle.privacy.delete })).toBeFocused();
	await expect(undo).toBeHidden();
	await expect(lastPerson(page, 'family').getByLabel(t.circle.people.name, { exact: true })).toHaveValue(
		'Sam Lee'
	);
	await expect(page.getByRole('textbox', { name: t.circle.plan.onMyOwn.title })).toHaveValue('Walk');
	await expect(page.getByLabel(t.circle.privacy.keep)).toBeChecked();
	expect(await page.evaluate((key) => localStorage.getItem(key), CIRCLE_STORAGE_KEY)).toContain('Sam Lee');

	// After another change, deleting is final.
	await page.getByRole('button', { name: t.circle.privacy.delete }).click();
	await addPerson(page, { group: 'other', name: 'Ada' });
	await expect(undo).toBeHidden();
	await expect(page.locator('[data-person]')).toHaveCount(1);
});

test('the wallet card holds five at most, and says so', async ({ page }) => {
	await page.goto('/my-circle/');
	const count = page.locator('[data-card-count]');
	const counted = (n: number) => fill(t.circle.take.cardCount.other, { count: n, max: CARD_MAX });
	// The count is in the page before the planner runs, and follows each tick.
	await expect(count).toHaveText(counted(0));
	for (const name of ['A One', 'B Two', 'C Three', 'D Four', 'E Five']) {
		await addPerson(page, { group: 'other', name, onCard: true });
	}
	const sixth = await addPerson(page, { group: 'other', name: 'F Six' });
	// Ticking a sixth is refused: the box stays clear and the count says why.
	await sixth.getByLabel(t.circle.people.onCard).click();
	await expect(sixth.getByLabel(t.circle.people.onCard)).not.toBeChecked();
	await expect(count).toHaveText(fill(t.circle.take.cardFull, { max: CARD_MAX }));
	// Taking one off makes room, and the count comes back.
	await page.locator('[data-person]').first().getByLabel(t.circle.people.onCard).click();
	await expect(count).toHaveText(counted(CARD_MAX - 1));
});

test('removing a person says so, moves focus to Add, and takes them off the plan', async ({ page }) => {
	await page.goto('/my-circle/');
	const jo = await addPerson(page, { group: 'sponsor', name: 'Jo Rivera' });
	const askJo = page.getByRole('group', { name: t.circle.plan.askForHelp.title }).getByLabel('Jo Rivera');
	await askJo.check();
	await jo.getByRole('button', { name: 'Remove Jo Rivera' }).click();
	await expect(page.locator('[data-announce]')).toHaveText('Jo Rivera is removed.');
	await expect(page.getByRole('button', { name: t.circle.people.groups.sponsor.add })).toBeFocused();
	await expect(askJo).toHaveCount(0);
	await expect(page.getByText(t.circle.plan.askForHelp.none)).toBeVisible();
});

test('the planner works by keyboard alone', async ({ page }) => {
	await page.goto('/my-circle/');
	const add = page.getByRole('button', { name: t.circle.people.groups.family.add });
	await add.focus();
	await page.keyboard.press('Enter');
	await page.keyboard.type('Sam Lee');
	await page.keyboard.press('Tab');
	await page.keyboard.type('4155550199');
	await page.keyboard.press('Tab');
	const row = lastPerson(page, 'family');
	await expect(row.getByLabel(t.circle.people.phone, { exact: true })).toHaveValue('(415) 555-0199');
	await expect(row.locator('legend').first()).toHaveText('Sam Lee');
	// The keep box and Delete everything are reachable and work with the keyboard too.
	await page.getByLabel(t.circle.privacy.keep).focus();
	await page.keyboard.press('Space');
	await expect(page.locator('[data-circle-status]')).toHaveText(t.circle.privacy.kept);
	await page.getByRole('button', { name: t.circle.privacy.delete }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-person]')).toHaveCount(0);
});

test('the card and plan print in black on white, whatever the theme on screen', async ({ page }) => {
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme, media: 'screen' });
		for (const path of ['/my-circle/card/', '/my-circle/plan/']) {
			await page.goto(path);
			await page.emulateMedia({ colorScheme: scheme, media: 'print' });
			const colours = await page.evaluate(() => ({
				text: getComputedStyle(document.querySelector('main h2')!).color,
				page: getComputedStyle(document.documentElement).backgroundColor,
			}));
			expect(colours, `${path} ${scheme}`).toEqual({ text: 'rgb(0, 0, 0)', page: 'rgb(255, 255, 255)' });
		}
	}
});

/** The Spanish words, from the dictionary: a dictionary edit never breaks these tests. */
const es = words('es');
const esIntl = intlOf('es');
const esConfig = configFor('es');

test('a Spanish reader builds a circle in Spanish, keeps it, reloads and takes it along', async ({
	page,
	context,
	baseURL,
}) => {
	test.setTimeout(90_000);
	const watched = watchRequests(context);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto(pageIn('es', '/my-circle/'));
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('heading', { level: 1, name: es.circle.title })).toBeVisible();

	const ana = await addPerson(
		page,
		{
			group: 'family',
			name: 'Ana Ortiz',
			phone: '415 555 0199',
			reach: 'both',
			when: 'Los domingos por la tarde',
			onCard: true,
		},
		es
	);
	// The number is checked and written back in the same dialable form in both languages.
	await expect(ana.getByLabel(es.circle.people.phone, { exact: true })).toHaveValue('(415) 555-0199');
	await expect(ana.getByText(fill(es.circle.people.phoneValid, { number: '(415) 555-0199' }))).toBeVisible();
	await expect(
		ana.getByRole('link', { name: fill(es.circle.people.callName, { name: 'Ana Ortiz' }) })
	).toHaveAttribute('href', 'tel:+14155550199');
	await addMeeting(
		page,
		{
			name: 'Grupo de los martes',
			day: es.circle.meetings.days.tue,
			time: '19:30',
			placeOrLink: 'Biblioteca',
		},
		es
	);
	await page.getByRole('textbox', { name: es.circle.plan.onMyOwn.title }).fill('Caminar con mis audífonos');
	const cardCount = (n: number) => plural(esIntl, es.circle.take.cardCount, n, { max: String(CARD_MAX) });
	await expect(page.locator('[data-card-count]')).toHaveText(cardCount(1));

	await page.getByLabel(es.circle.privacy.keep).check();
	await expect(page.locator('[data-circle-status]')).toHaveText(es.circle.privacy.kept);
	await page.reload();
	await expect(page.getByLabel(es.circle.privacy.keep)).toBeChecked();
	const family = lastPerson(page, 'family');
	await expect(family.getByLabel(es.circle.people.name, { exact: true })).toHaveValue('Ana Ortiz');
	await expect(family.getByRole('button', { name: `${es.circle.people.remove} Ana Ortiz` })).toBeVisible();
	await expect(page.getByRole('textbox', { name: es.circle.plan.onMyOwn.title })).toHaveValue(
		'Caminar con mis audífonos'
	);
	await expect(page.locator('[data-card-count]')).toHaveText(cardCount(1));

	// The wallet card, in Spanish: the reader's person, and the lines with their Spanish keyword.
	const [card] = await Promise.all([
		context.waitForEvent('page'),
		page.getByRole('link', { name: new RegExp(es.circle.take.openCard) }).click(),
	]);
	await card.waitForLoadState();
	expect(new URL(card.url()).pathname).toBe(pageIn('es', '/my-circle/card/'));
	await expect(card.locator('html')).toHaveAttribute('lang', 'es');
	await expect(card.locator('h1')).toHaveText(es.circle.card.title);
	const [front, back] = await card.locator('[data-wallet-card] .wallet-face').all();
	await expect(front!).toContainText('Ana Ortiz');
	await expect(front!).toContainText(`(415) 555-0199 (${es.circle.people.reachWays.both})`);
	await expect(front!).toContainText(es.circle.card.heading);
	await expect(back!).toContainText(es.circle.card.whenHard);
	const lifeline = esConfig.line('lifeline988');
	await expect(back!).toContainText(
		fill(es.lines.textKeyword, { keyword: lifeline.text!.keyword!, number: lifeline.text!.display })
	);
	await expect(back!).toContainText(esConfig.site.name);
	await expect(card.locator('[data-card-own]')).toHaveText('Caminar con mis audífonos');
	// Printed, each face is a bank card, and the Spanish words, the longest, still fit on it.
	await card.emulateMedia({ media: 'print' });
	for (const face of await card.locator('.wallet-face').all()) {
		const { height, content } = await face.evaluate((el) => ({
			height: el.clientHeight,
			content: el.firstElementChild!.scrollHeight,
		}));
		expect(height).toBeCloseTo((54 / 25.4) * 96, 0);
		expect(content, 'the text fits on the face').toBeLessThanOrEqual(height);
	}
	await card.close();

	// The printable plan: Spanish day, and the time as Spanish (US) readers write it.
	const [plan] = await Promise.all([
		context.waitForEvent('page'),
		page.getByRole('link', { name: new RegExp(es.circle.take.openPlan) }).click(),
	]);
	await plan.waitForLoadState();
	const time = new Intl.DateTimeFormat(esIntl, {
		hour: 'numeric',
		minute: '2-digit',
		timeZone: 'UTC',
	}).format(Date.UTC(2000, 0, 1, 19, 30));
	await expect(plan.locator('[data-print-meetings]')).toHaveText(
		`Grupo de los martes · ${es.circle.meetings.days.tue}, ${time} · Biblioteca`
	);
	await expect(plan.locator('[data-print-people]')).toContainText(es.circle.people.groups.family.title);
	await plan.close();

	// The files it saves have Spanish names; the contact's category is the Spanish group name.
	const [contacts] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: es.circle.take.contactsAll }).click(),
	]);
	expect(contacts.suggestedFilename()).toBe(`${es.circle.take.fileNames.contacts}.vcf`);
	const vcf = readFileSync((await contacts.path())!, 'utf8');
	expect(vcf).toContain(`CATEGORIES:${es.circle.people.groups.family.title}\r\n`);
	const [exported] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: es.circle.take.export }).click(),
	]);
	expect(exported.suggestedFilename()).toBe(`${es.circle.take.fileNames.copy}.json`);

	const secrets = ['Ana Ortiz', '5550199', 'Grupo de los martes', 'Caminar con mis audífonos'];
	expect(watched.foreign(new URL(baseURL!).origin)).toEqual([]);
	expect(watched.carrying(secrets)).toEqual([]);
	expect(errors).toEqual([]);
});

/** The people on the planner, by name, in page order. */
const names = (page: Page) =>
	page
		.locator('[data-person] [data-field="name"]')
		.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
const switchLanguage = async (page: Page, to: string) => {
	await page.locator('[data-language-switch]').click();
	await page.waitForURL((url) => url.pathname === to);
};

test('one circle in both languages: kept in English, it shows in Spanish; changed there, it shows in English; nothing doubled', async ({
	page,
}) => {
	await page.goto('/my-circle/');
	await addPerson(page, { group: 'family', name: 'Sam Lee', phone: '4155550199', onCard: true });
	await page.getByRole('textbox', { name: t.circle.plan.onMyOwn.title }).fill('Walk');
	await page.getByLabel(t.circle.privacy.keep).check();

	await switchLanguage(page, pageIn('es', '/my-circle/'));
	await expect(page.getByLabel(es.circle.privacy.keep)).toBeChecked();
	expect(await names(page)).toEqual(['Sam Lee']);
	const sam = lastPerson(page, 'family');
	await expect(sam.getByLabel(es.circle.people.phone, { exact: true })).toHaveValue('(415) 555-0199');
	await expect(sam.getByLabel(es.circle.people.onCard)).toBeChecked();
	await expect(page.getByRole('textbox', { name: es.circle.plan.onMyOwn.title })).toHaveValue('Walk');
	// What the reader typed stays as typed; the page's own words are Spanish.
	await expect(
		sam.getByRole('link', { name: fill(es.circle.people.callName, { name: 'Sam Lee' }) })
	).toBeVisible();

	await addPerson(page, { group: 'sponsor', name: 'Ana Ortiz' }, es);
	await page.getByRole('textbox', { name: es.circle.plan.onMyOwn.title }).fill('Walk; llamar a Ana');

	await switchLanguage(page, '/my-circle/');
	await expect(page.getByLabel(t.circle.privacy.keep)).toBeChecked();
	expect((await names(page)).sort()).toEqual(['Ana Ortiz', 'Sam Lee']);
	await expect(page.getByRole('textbox', { name: t.circle.plan.onMyOwn.title })).toHaveValue(
		'Walk; llamar a Ana'
	);
	const kept = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), CIRCLE_STORAGE_KEY))!) as {
		circle: { people: { name: string }[] };
	};
	expect(kept.circle.people.map((p) => p.name).sort()).toEqual(['Ana Ortiz', 'Sam Lee']);
	expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([CIRCLE_STORAGE_KEY]);

	// The Spanish card shows the same circle.
	await page.goto(pageIn('es', '/my-circle/card/'));
	await expect(page.locator('.wallet-face').first()).toContainText('Sam Lee');
});

test('a circle not kept goes along when the reader switches language, and nothing stays stored', async ({
	page,
}) => {
	const stored = () =>
		page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
	await page.goto('/my-circle/');
	await addPerson(page, { group: 'family', name: 'Sam Lee' });
	await page.getByRole('textbox', { name: t.circle.plan.onMyOwn.title }).fill('Walk');

	await switchLanguage(page, pageIn('es', '/my-circle/'));
	expect(await names(page)).toEqual(['Sam Lee']);
	await expect(page.getByRole('textbox', { name: es.circle.plan.onMyOwn.title })).toHaveValue('Walk');
	await expect(page.getByLabel(es.circle.privacy.keep)).not.toBeChecked();
	expect(await stored()).toEqual({ local: [], session: [] });

	// Changed in Spanish and switched back: both people, once each.
	await addPerson(page, { group: 'other', name: 'Ana Ortiz' }, es);
	await switchLanguage(page, '/my-circle/');
	expect((await names(page)).sort()).toEqual(['Ana Ortiz', 'Sam Lee']);
	expect(await stored()).toEqual({ local: [], session: [] });

	// Not kept means what the keep box says: a reload starts empty.
	await page.reload();
	await expect(page.locator('[data-person]')).toHaveCount(0);
});
