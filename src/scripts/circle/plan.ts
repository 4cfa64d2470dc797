/** My plan for hard moments and the wallet-card picks: their fields on the page, from the data. */
import { PLAN_TEXTS, type Circle } from '../../lib/circle';

/** Write the plan's texts and ticks into the page. */
export function showPlan(root: HTMLElement, circle: Circle, unnamed: string): void {
	for (const key of PLAN_TEXTS) {
		root.querySelector<HTMLTextAreaElement>(`[data-plan="${key}"]`)!.value = circle.plan[key];
	}
	for (const box of root.querySelectorAll<HTMLInputElement>('[data-plan-line]')) {
		box.checked = circle.plan.lines.includes(box.dataset.planLine!);
	}
	for (const box of root.querySelectorAll<HTMLInputElement>('[data-card-line]')) {
		box.checked = circle.cardLines.includes(box.dataset.cardLine!);
	}
	showAskList(root, circle, unnamed);
}

/**
 * Step 4: a tick box for each person in My people. Rebuilt when people change; `unnamed` is the
 * word for someone without a name yet.
 */
export function showAskList(root: HTMLElement, circle: Circle, unnamed: string): void {
	const list = root.querySelector<HTMLUListElement>('[data-ask-list]')!;
	const items = circle.people.map((person) => {
		const box = Object.assign(document.createElement('input'), {
			type: 'checkbox',
			checked: circle.plan.askForHelp.includes(person.id),
		});
		box.dataset.ask = person.id;
		const label = document.createElement('label');
		label.className = 'choice';
		label.append(box, person.name.trim() || unnamed);
		const item = document.createElement('li');
		item.append(label);
		return item;
	});
	list.replaceChildren(...items);
	root.querySelector<HTMLElement>('[data-ask-none]')!.hidden = items.length > 0;
}

/** Pick or unpick a line for the plan or the card. */
export function toggle(ids: string[], id: string, on: boolean): string[] {
	const rest = ids.filter((x) => x !== id);
	return on ? [...rest, id] : rest;
}
