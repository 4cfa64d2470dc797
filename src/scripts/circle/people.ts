/** My people: a person's fields on the page, from and to the circle's data. */
import { fill } from '../../i18n/format';
import { smsHref, telHref } from '../../lib/links';
import type { Person } from '../../lib/circle';
import type { PlannerWords } from '../../lib/circle-words';
import type { PhoneCheck } from '../../lib/reader-phone';
import { fromTemplate, link } from './dom';

type Words = PlannerWords['people'];

/** The fields of one person, filled in from their data. */
export function personRow(template: HTMLTemplateElement, person: Person, words: Words): HTMLLIElement {
	const row = fromTemplate<HTMLLIElement>(template, person.id);
	row.dataset.id = person.id;
	for (const input of row.querySelectorAll<HTMLInputElement>('[data-field]')) {
		const field = input.dataset.field as keyof Person;
		if (input.type === 'radio') input.checked = input.value === person.reach;
		else if (input.type === 'checkbox') input.checked = person.onCard;
		else input.value = field === 'phone' ? person.display || person.phone : String(person[field]);
	}
	showName(row, person, words);
	showPhone(row, person, words, person.phone && !person.tel ? { status: 'invalid' } : undefined);
	return row;
}

/** The person's name where it labels their fields, buttons and links. */
export function showName(row: HTMLElement, person: Person, words: Words): void {
	row.querySelector('[data-legend]')!.textContent = person.name.trim() || words.newPerson;
	for (const suffix of row.querySelectorAll('[data-name-suffix]')) {
		suffix.textContent = ` ${person.name.trim() || words.unnamed}`;
	}
	showLinks(row, person, words);
}

/** Call and text links for a valid number, as the reader reaches them. */
function showLinks(row: HTMLElement, person: Person, words: Words): void {
	const name = person.name.trim() || words.unnamed;
	const links = person.tel
		? [
				person.reach !== 'text' &&
					link(telHref(person.tel), fill(words.callName, { name }), 'btn btn-primary'),
				person.reach !== 'call' &&
					link(smsHref(person.tel), fill(words.textName, { name }), 'btn btn-primary'),
			].filter((a): a is HTMLAnchorElement => Boolean(a))
		: [];
	row.querySelector('[data-person-links]')!.replaceChildren(...links);
}

/** The result of checking the number, next to the field; `check` undefined clears it. */
export function showPhone(row: HTMLElement, person: Person, words: Words, check?: PhoneCheck): void {
	const input = row.querySelector<HTMLInputElement>('[data-field="phone"]')!;
	const message = row.querySelector<HTMLElement>('[data-phone-message]')!;
	const invalid = check?.status === 'invalid';
	input.setAttribute('aria-invalid', String(invalid));
	message.dataset.state = invalid ? 'invalid' : 'valid';
	message.textContent = invalid
		? words.phoneInvalid
		: person.tel
			? fill(words.phoneValid, { number: person.display })
			: '';
	showLinks(row, person, words);
}
