/**
 * The printable wallet card and full plan. They show the reader's circle when there is one to
 * show: the one on an open planner tab (asked for through share.ts), else the one this browser
 * kept. Otherwise they stay blank, to fill in by hand.
 */
import { PERSON_GROUPS, type Circle, type Person } from '../../lib/circle';
import type { PrintWords } from '../../lib/circle-words';
import { askForCircle } from './share';
import { readKept } from './storage';

const card = document.querySelector<HTMLElement>('[data-wallet-card]');
const plan = document.querySelector<HTMLElement>('[data-full-plan]');
const view = card ?? plan;

document.querySelector('[data-action="print"]')?.addEventListener('click', () => print());

const el = (tag: string, text = '', className = '') =>
	Object.assign(document.createElement(tag), { textContent: text, className });

/** A person on the card (name and number) or, `detailed`, on the plan (with when and what). */
function personLine(person: Person, words: PrintWords, detailed = false): HTMLElement {
	const item = el('li', '', 'wallet-row');
	item.append(el('span', person.name.trim() || words.unnamed, 'wallet-name font-semibold'));
	if (person.display) {
		item.append(' ', el('span', `${person.display} (${words.reach[person.reach]})`, 'wallet-number'));
	}
	const detail = [person.when, person.helpsWith].map((s) => s.trim()).filter(Boolean);
	if (detailed && detail.length) item.append(el('span', detail.join('. '), 'block text-muted'));
	return item;
}

function showCard(root: HTMLElement, circle: Circle, words: PrintWords) {
	const picked = circle.people.filter((p) => p.onCard).map((p) => personLine(p, words));
	root.querySelector('[data-card-rows]')!.prepend(...picked);
	for (const row of root.querySelectorAll<HTMLElement>('[data-card-line]')) {
		row.hidden = !circle.cardLines.includes(row.dataset.cardLine!);
	}
	const used = picked.length + circle.cardLines.length;
	root.querySelectorAll<HTMLElement>('[data-card-blank]').forEach((row, i) => (row.hidden = i < used));
	root.querySelector('[data-card-own]')!.textContent = circle.plan.onMyOwn.trim().slice(0, 160);
}

/** A meeting's time ("19:30", as the time field gives it) as readers of the page write it. */
function timeOf(time: string, intl: string): string {
	const match = /^(\d{1,2}):(\d{2})$/.exec(time);
	if (!match) return time;
	const at = new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
	return new Intl.DateTimeFormat(intl, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(at);
}

function showPlan(root: HTMLElement, circle: Circle, words: PrintWords) {
	for (const box of root.querySelectorAll<HTMLElement>('[data-print-text]')) {
		const text = circle.plan[box.dataset.printText as 'onMyOwn'].trim();
		if (text) box.replaceChildren(el('p', text, 'whitespace-pre-line'));
	}
	const byId = new Map(circle.people.map((p) => [p.id, p]));
	const asked = circle.plan.askForHelp.map((id) => byId.get(id)).filter((p): p is Person => Boolean(p));
	if (asked.length)
		root.querySelector('[data-print-ask]')!.replaceChildren(...asked.map((p) => personLine(p, words)));
	for (const row of root.querySelectorAll<HTMLElement>('[data-print-line]')) {
		row.hidden = row.dataset.printLine !== 'emergency' && !circle.plan.lines.includes(row.dataset.printLine!);
	}
	root
		.querySelector('[data-print-treatment]')!
		.replaceChildren(
			...circle.people.filter((p) => p.group === 'treatment').map((p) => personLine(p, words))
		);
	const groups = PERSON_GROUPS.map((group) => circle.people.filter((p) => p.group === group));
	if (circle.people.length) {
		root.querySelector('[data-print-people]')!.replaceChildren(
			...groups.flatMap((people, i) => {
				if (!people.length) return [];
				const list = el('ul', '', 'mt-1 space-y-1');
				list.append(...people.map((p) => personLine(p, words, true)));
				return [el('h3', words.groups[PERSON_GROUPS[i]!], 'mt-3 text-lg font-bold'), list];
			})
		);
	}
	if (circle.meetings.length) {
		const list = el('ul', '', 'mt-1 space-y-1');
		list.append(
			...circle.meetings.map((m) => {
				const when = [m.day && words.days[m.day], m.time && timeOf(m.time, words.intl)]
					.filter(Boolean)
					.join(', ');
				return el(
					'li',
					[m.name.trim() || words.unnamedMeeting, when, m.placeOrLink].filter(Boolean).join(' · ')
				);
			})
		);
		root.querySelector('[data-print-meetings]')!.replaceChildren(list);
	}
}

if (view) {
	const words = JSON.parse(view.dataset.words ?? '{}') as PrintWords;
	const blank = view.cloneNode(true) as HTMLElement;
	let current = view;
	const show = (circle: Circle) => {
		const fresh = blank.cloneNode(true) as HTMLElement;
		current.replaceWith(fresh);
		current = fresh;
		if (card) showCard(fresh, circle, words);
		else showPlan(fresh, circle, words);
		const note = document.querySelector<HTMLElement>('[data-blank-note]');
		if (note) note.hidden = true;
	};
	const kept = readKept();
	if (kept) show(kept);
	// An open planner has the newest circle, kept or not: it replaces the kept one.
	askForCircle(show);
}
