/**
 * The crisis card shown above search results when a query is about suicide, self-harm or
 * overdose, built in the browser from the configuration module's plain data (so no page
 * carries its markup until someone searches).
 */
import { siteConfig } from '../../config/site';
import { smsHref, telHref } from '../../lib/links';
import { element } from './dom';

const line = (id: string) => siteConfig.crisisLines.find((l) => l.id === id);

const item = (className: string, href: string, text: string) =>
	element('li', {}, element<HTMLAnchorElement>('a', { className, href }, text));

/** A hidden crisis card, ready to be shown with `card.hidden = false`. */
export function crisisCard(): HTMLElement {
	const lifeline = line('lifeline988');
	const textLine = line('crisisText');
	const emergency = line('emergency');
	const helpline = siteConfig.helpline;

	const actions = element('ul', { className: 'mt-2 flex flex-wrap gap-2' });
	if (lifeline?.call)
		actions.append(item('btn btn-primary', telHref(lifeline.call.e164), `Call ${lifeline.call.display}`));
	if (lifeline?.text)
		actions.append(item('btn btn-outline', smsHref(lifeline.text.e164), `Text ${lifeline.text.display}`));
	if (textLine?.text) {
		const { e164, display, keyword } = textLine.text;
		actions.append(item('btn btn-outline', smsHref(e164, keyword), `Text ${keyword} to ${display}`));
	}
	if (emergency?.call)
		actions.append(item('btn btn-outline', telHref(emergency.call.e164), `Call ${emergency.call.display}`));

	const note = element(
		'p',
		{ className: 'mt-2 text-sm' },
		`${lifeline?.name ?? ''} and ${textLine?.name ?? ''} are free, private and open all day, every day. Call ${emergency?.call?.display ?? ''} if someone is in danger or may have overdosed. You can also call ${helpline.who}: `,
		element<HTMLAnchorElement>('a', { href: telHref(helpline.call.e164) }, helpline.call.display),
		'.'
	);

	const card = element(
		'section',
		{ className: 'crisis-card mb-4 rounded-lg border-2 border-warm bg-warm-bg p-4', hidden: true },
		element(
			'p',
			{ className: 'text-lg font-bold' },
			'You do not have to go through this alone. Help is here right now.'
		),
		actions,
		note
	);
	card.setAttribute('aria-label', 'Crisis lines');
	card.dataset.crisisCard = '';
	return card;
}

/** The message shown when the search index cannot load: links to pages that need no search. */
export function unavailableMessage(base: string): HTMLElement {
	const box = element(
		'div',
		{ className: 'rounded-lg border border-line bg-surface p-4', hidden: true },
		element('p', { className: 'font-bold' }, 'Search is not available right now.'),
		element('p', { className: 'mt-1' }, 'You can still find everything from these pages:'),
		element(
			'ul',
			{ className: 'mt-2 list-disc pl-5' },
			item('', `${base}articles/`, 'All articles'),
			item('', `${base}directory/`, 'The directory of support'),
			item('', `${base}get-help/`, 'Get help now: every line you can call or text')
		)
	);
	box.dataset.searchUnavailable = 'failed';
	return box;
}
