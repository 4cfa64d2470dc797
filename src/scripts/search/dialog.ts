/**
 * The search dialog. Loaded on demand by public/site.js (built through Vite's `?worker&url`
 * so it gets its own hashed file that no page loads up front); it builds itself on import and
 * opens on the `tir:open-search` event. Without JavaScript the search button opens /search/.
 */
import { isCrisisQuery } from '../../lib/crisis-terms';
import { crisisCard, unavailableMessage } from './crisis-card';
import { element } from './dom';
import { loadPagefind, search } from './engine';
import { resultItem, summaryText } from './render';

const base = document.documentElement.dataset.base ?? '/';
const trigger = document.querySelector<HTMLAnchorElement>('#search-trigger');

function buildDialog() {
	const input = element<HTMLInputElement>('input', {
		id: 'search-dialog-input',
		type: 'search',
		name: 'q',
		autocomplete: 'off',
		spellcheck: false,
		maxLength: 2000,
		placeholder: 'Try “sponsor” or “Al-Anon”',
		className: 'search-input',
	});
	const close = element<HTMLButtonElement>(
		'button',
		{ type: 'button', className: 'btn btn-outline' },
		'Close',
		element('span', { className: 'sr-only' }, ' search')
	);
	const form = element<HTMLFormElement>(
		'form',
		{ className: 'mt-3', action: `${base}search/`, method: 'get' },
		element<HTMLLabelElement>('label', { htmlFor: input.id, className: 'sr-only' }, 'Search the site'),
		input
	);
	form.setAttribute('role', 'search');
	const status = element('p', { className: 'font-semibold' });
	status.dataset.searchStatus = '';
	const crisis = crisisCard();
	const live = element('div', { className: 'mt-3' }, crisis, status);
	live.setAttribute('aria-live', 'polite');
	const failed = unavailableMessage(base);
	const list = element<HTMLUListElement>('ul', { className: 'mt-3 space-y-3' });
	const all = element<HTMLAnchorElement>(
		'a',
		{ href: `${base}search/` },
		'Open the full search page with filters'
	);
	const dialog = element<HTMLDialogElement>(
		'dialog',
		{ id: 'search-dialog', className: 'search-dialog' },
		element(
			'div',
			{ className: 'flex items-center justify-between gap-2' },
			element('h2', { id: 'search-dialog-title', className: 'text-xl font-bold' }, 'Search'),
			close
		),
		form,
		element(
			'p',
			{ className: 'mt-2 text-sm text-muted' },
			'Arrow keys move through results. Enter opens one. Escape closes.'
		),
		live,
		failed,
		list,
		element('p', { className: 'mt-4' }, all)
	);
	dialog.setAttribute('aria-labelledby', 'search-dialog-title');
	document.body.appendChild(dialog);
	return { dialog, input, close, form, status, crisis, failed, list, all };
}

if (!document.querySelector('#search-dialog')) {
	const { dialog, input, close, form, status, crisis, failed, list, all } = buildDialog();
	let returnFocus: HTMLElement | null = null;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let latest = 0;

	const run = async () => {
		const query = input.value;
		const ticket = ++latest;
		crisis.hidden = !isCrisisQuery(query);
		all.href = `${base}search/${query.trim() ? `?q=${encodeURIComponent(query.trim())}` : ''}`;
		if (!query.trim()) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		try {
			const pagefind = await loadPagefind(base);
			const found = await search(pagefind, query, {}, 5);
			if (!found || ticket !== latest) return;
			failed.hidden = true;
			list.replaceChildren(...found.results.map(resultItem));
			status.textContent = summaryText(found.total, query);
		} catch {
			if (ticket !== latest) return;
			list.replaceChildren();
			status.textContent = '';
			failed.hidden = false;
		}
	};

	input.addEventListener('input', () => {
		clearTimeout(timer);
		crisis.hidden = !isCrisisQuery(input.value);
		timer = setTimeout(run, 120);
	});
	// Enter in the box opens the first result rather than submitting the form.
	form.addEventListener('submit', (event) => {
		const first = list.querySelector<HTMLAnchorElement>('a');
		if (first) {
			event.preventDefault();
			first.click();
		}
	});
	dialog.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-result-link')];
		if (!links.length) return;
		event.preventDefault();
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
		if (next < 0) input.focus();
		else links[Math.min(next, links.length - 1)]!.focus();
	});
	close.addEventListener('click', () => dialog.close());
	dialog.addEventListener('close', () => returnFocus?.focus());
	// A result on the same page only changes the hash; close so the reader sees it.
	list.addEventListener('click', (event) => {
		if ((event.target as Element).closest('a')) dialog.close();
	});

	document.addEventListener('tir:open-search', () => {
		if (dialog.open) return;
		returnFocus = (document.activeElement as HTMLElement | null) ?? trigger;
		dialog.showModal();
		input.focus();
		// Warm up before the first keystroke; a failure shows when the reader searches.
		loadPagefind(base).catch(() => undefined);
	});
}
