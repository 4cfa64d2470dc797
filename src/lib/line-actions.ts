/**
 * What a reader can do with a line: call, text, TTY or chat, each with its link and words.
 * Every place that shows a line (header, footer, callouts, cards, the printable list, search)
 * gets its actions here, so a line looks and behaves the same everywhere. Pure: the line and
 * the words come in as arguments.
 */
import { fill } from '../i18n/format';
import { smsHref, telHref } from './links';
import type { Line, Phone } from './site-config-schema';

export type ActionKind = 'call' | 'text' | 'tty' | 'chat';

/** The words of the actions, from the UI dictionary (`t.lines`). */
export interface ActionWords {
	call: string;
	text: string;
	textKeyword: string;
	tty: string;
	chat: string;
}

export interface LineAction {
	kind: ActionKind;
	href: string;
	/** The words, with `{number}` where the number goes (so markup can keep it from splitting). */
	template: string;
	/** The number as readers see it, when there is one. */
	number?: string;
	/** The action's words in full. */
	text: string;
}

/** The action for one number of a line. */
export function phoneAction(kind: 'call' | 'text' | 'tty', phone: Phone, words: ActionWords): LineAction {
	const href = kind === 'text' ? smsHref(phone.e164, phone.keyword) : telHref(phone.e164);
	const raw = kind === 'text' && phone.keyword ? words.textKeyword : words[kind];
	const template = fill(raw, phone.keyword ? { keyword: phone.keyword } : {});
	return { kind, href, template, number: phone.display, text: fill(template, { number: phone.display }) };
}

/** Every action of a configured line, in a stable order: call, text, TTY, chat. */
export function lineActions(line: Line, words: ActionWords): LineAction[] {
	const actions: LineAction[] = [];
	if (line.call) actions.push(phoneAction('call', line.call, words));
	if (line.text) actions.push(phoneAction('text', line.text, words));
	if (line.tty) actions.push(phoneAction('tty', line.tty, words));
	if (line.chatUrl)
		actions.push({ kind: 'chat', href: line.chatUrl, template: words.chat, text: words.chat });
	return actions;
}

/** A number an organisation lists in its directory entry. */
export type ListedNumber = Phone & { kind: 'call' | 'text' | 'tty'; note?: string };

/** The actions of an organisation: its own numbers, then those of the national line it runs, if any. */
export function organisationActions(
	numbers: readonly ListedNumber[],
	national: Line | undefined,
	words: ActionWords
): LineAction[] {
	return [
		...numbers.map((n) => phoneAction(n.kind, n, words)),
		...(national ? lineActions(national, words) : []),
	];
}
