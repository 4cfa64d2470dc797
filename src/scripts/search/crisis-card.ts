/**
 * The crisis card shown above search results when a query is about suicide, self-harm or
 * overdose, built in the browser from the configuration module's plain data (so no page
 * carries its markup until someone searches).
 */
import { siteConfig } from '../../config/site';
import { smsHref, telHref } from '../../lib/links';

const line = (id: string) => siteConfig.crisisLines.find((l) => l.id === id);

function link(className: string, href: string, text: string): HTMLLIElement {
	const li = document.createElement('li');
	const a = document.createElement('a');
	a.className = className;
	a.href = href;
	a.textContent = text;
	li.appendChild(a);
	return li;
}

/** A hidden crisis card, ready to be shown with `card.hidden = false`. */
export function crisisCard(): HTMLElement {
	const lifeline = line('lifeline988');
	const textLine = line('crisisText');
	const emergency = line('emergency');
	const helpline = siteConfig.helpline;

	const card = document.createElement('section');
	card.className = 'crisis-card mb-4 rounded-lg border-2 border-warm bg-warm-bg p-4';
	card.setAttribute('aria-label', 'Crisis lines');
	card.dataset.crisisCard = '';
	card.hidden = true;

	const title = document.createElement('p');
	title.className = 'text-lg font-bold';
	title.textContent = 'You do not have to go through this alone. Help is here right now.';

	const actions = document.createElement('ul');
	actions.className = 'mt-2 flex flex-wrap gap-2';
	if (lifeline?.call)
		actions.appendChild(
			link('btn btn-primary', telHref(lifeline.call.e164), `Call ${lifeline.call.display}`)
		);
	if (lifeline?.text)
		actions.appendChild(
			link('btn btn-outline', smsHref(lifeline.text.e164), `Text ${lifeline.text.display}`)
		);
	if (textLine?.text) {
		const { e164, display, keyword } = textLine.text;
		actions.appendChild(link('btn btn-outline', smsHref(e164, keyword), `Text ${keyword} to ${display}`));
	}
	if (emergency?.call)
		actions.appendChild(
			link('btn btn-outline', telHref(emergency.call.e164), `Call ${emergency.call.display}`)
		);

	const note = document.createElement('p');
	note.className = 'mt-2 text-sm';
	note.append(
		`${lifeline?.name ?? ''} and ${textLine?.name ?? ''} are free, private and open all day, every day. Call ${emergency?.call?.display ?? ''} if someone is in danger or may have overdosed. You can also call ${helpline.who}: `
	);
	const call = document.createElement('a');
	call.href = telHref(helpline.call.e164);
	call.textContent = helpline.call.display;
	note.append(call, '.');

	card.append(title, actions, note);
	return card;
}

/** The message shown when the search index cannot load: links to pages that need no search. */
export function unavailableMessage(base: string): HTMLElement {
	const box = document.createElement('div');
	box.className = 'rounded-lg border border-line bg-surface p-4';
	box.dataset.searchUnavailable = 'failed';
	box.hidden = true;
	const title = document.createElement('p');
	title.className = 'font-bold';
	title.textContent = 'Search is not available right now.';
	const lead = document.createElement('p');
	lead.className = 'mt-1';
	lead.textContent = 'You can still find everything from these pages:';
	const list = document.createElement('ul');
	list.className = 'mt-2 list-disc pl-5';
	list.append(
		link('', `${base}articles/`, 'All articles'),
		link('', `${base}directory/`, 'The directory of support'),
		link('', `${base}get-help/`, 'Get help now: every line you can call or text')
	);
	box.append(title, lead, list);
	return box;
}
