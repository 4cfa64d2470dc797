/** My meetings: a meeting's fields on the page, from its data. */
import type { Meeting } from '../../lib/circle';
import type { PlannerWords } from '../../lib/circle-words';
import { fromTemplate } from './dom';

type Words = PlannerWords['meetings'];

export function meetingRow(template: HTMLTemplateElement, meeting: Meeting, words: Words): HTMLLIElement {
	const row = fromTemplate<HTMLLIElement>(template, meeting.id);
	row.dataset.id = meeting.id;
	for (const field of row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-field]')) {
		field.value = meeting[field.dataset.field as keyof Meeting];
	}
	showMeetingName(row, meeting, words);
	return row;
}

export function showMeetingName(row: HTMLElement, meeting: Meeting, words: Words): void {
	row.querySelector('[data-legend]')!.textContent = meeting.name.trim() || words.newMeeting;
	for (const suffix of row.querySelectorAll('[data-name-suffix]')) {
		suffix.textContent = ` ${meeting.name.trim() || words.unnamed}`;
	}
}
