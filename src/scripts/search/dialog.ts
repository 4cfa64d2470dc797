/**
 * The header's search dialog (markup: src/components/search/SearchDialog.astro). Loaded on
 * first use by public/site.js, which then sends `tir:open-search`; without JavaScript the
 * Search button is a link to the search page of the page's language (/search/, /es/buscar/).
 */
import { SearchPanel, siteBase } from './panel';

function setUp(dialog: HTMLDialogElement) {
	const full = dialog.querySelector<HTMLAnchorElement>('[data-search-full]')!;
	// The search page of the page's language (/search/ or /es/buscar/), as the markup gives it.
	const searchPage = full.getAttribute('href')!;
	const panel = new SearchPanel(dialog.querySelector('[data-search-panel]')!, {
		base: siteBase(),
		delay: 120,
		onInput: (query) => {
			full.href = `${searchPage}${query.trim() ? `?q=${encodeURIComponent(query.trim())}` : ''}`;
		},
	});
	let returnFocus: HTMLElement | null = null;

	// Enter in the box opens the first result rather than submitting the form.
	dialog.querySelector('form')!.addEventListener('submit', (event) => {
		const first = panel.list.querySelector<HTMLAnchorElement>('a');
		if (first) {
			event.preventDefault();
			first.click();
		}
	});
	dialog.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...panel.list.querySelectorAll<HTMLAnchorElement>('a.search-result-link')];
		if (!links.length) return;
		event.preventDefault();
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
		if (next < 0) panel.input.focus();
		else links[Math.min(next, links.length - 1)]!.focus();
	});
	dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
	dialog.addEventListener('close', () => returnFocus?.focus());
	// A result on the same page only changes the hash; close so the reader sees it.
	panel.list.addEventListener('click', (event) => {
		if ((event.target as Element).closest('a')) dialog.close();
	});

	document.addEventListener('tir:open-search', () => {
		if (dialog.open) return;
		returnFocus = document.activeElement as HTMLElement | null;
		dialog.showModal();
		panel.input.focus();
		panel.warmUp();
	});
}

// The dialog waits in a template until this first use (a module runs once a page).
const template = document.querySelector<HTMLTemplateElement>('template[data-search-dialog-template]');
const dialog = template?.content.firstElementChild?.cloneNode(true);
if (template && dialog instanceof HTMLDialogElement) {
	template.replaceWith(dialog);
	setUp(dialog);
}
