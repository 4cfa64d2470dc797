/**
 * The search dialog. Loaded on demand by public/site.js (built through Vite's `?worker&url`
 * so it gets its own hashed file that no page loads up front); it wires itself up on import
 * and opens on the `tir:open-search` event.
 */
import { isCrisisQuery } from '../../lib/crisis-terms';
import { loadPagefind, search } from './engine';
import { resultItem, summaryText } from './render';

const base = document.documentElement.dataset.base ?? '/';
const template = document.querySelector<HTMLTemplateElement>('#search-dialog-template');
const trigger = document.querySelector<HTMLAnchorElement>('#search-trigger');

if (template && !document.querySelector('#search-dialog')) {
	document.body.appendChild(template.content.cloneNode(true));
	const dialog = document.querySelector<HTMLDialogElement>('#search-dialog')!;
	const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
	const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
	const list = dialog.querySelector<HTMLUListElement>('[data-search-results]')!;
	const crisis = dialog.querySelector<HTMLElement>('[data-crisis-card]')!;
	const failed = dialog.querySelector<HTMLElement>('[data-search-unavailable]')!;
	const all = dialog.querySelector<HTMLAnchorElement>('[data-search-all]')!;
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
	dialog.querySelector('form')!.addEventListener('submit', (event) => {
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
	dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog.close());
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
