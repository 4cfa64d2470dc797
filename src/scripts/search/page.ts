/**
 * The full search page: query and filters live in the address (?q=...&type=Article), so
 * reload, back and shared links restore them. Typing replaces the history entry; changing a
 * filter adds one. Markup: src/components/pages/SearchPage.astro
 * (/search/ and /es/buscar/) and SearchPanel.astro.
 */
import type { SearchFilters } from './engine';
import { SearchPanel, siteBase } from './panel';

const form = document.querySelector<HTMLFormElement>('form[data-search-page]');

function setUp(form: HTMLFormElement) {
	const boxes = () => [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	const readFilters = (): SearchFilters => {
		const filters: SearchFilters = {};
		for (const box of boxes()) if (box.checked) (filters[box.name] ??= []).push(box.value);
		return filters;
	};
	const address = () => {
		const params = new URLSearchParams();
		if (panel.input.value.trim()) params.set('q', panel.input.value.trim());
		for (const [key, values] of Object.entries(readFilters())) for (const v of values) params.append(key, v);
		const query = params.toString();
		return `${location.pathname}${query ? `?${query}` : ''}`;
	};
	const panel = new SearchPanel(form.querySelector('[data-search-panel]')!, {
		base: siteBase(),
		delay: 150,
		filters: readFilters,
		onInput: () => history.replaceState(null, '', address()),
	});
	const restore = () => {
		const params = new URLSearchParams(location.search);
		panel.input.value = params.get('q') ?? '';
		for (const box of boxes()) box.checked = params.getAll(box.name).includes(box.value);
	};

	form.addEventListener('change', (event) => {
		if ((event.target as HTMLInputElement).type !== 'checkbox') return;
		history.pushState(null, '', address());
		panel.run();
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		panel.run();
	});
	form.querySelector('[data-clear]')!.addEventListener('click', () => {
		for (const box of boxes()) box.checked = false;
		history.pushState(null, '', address());
		panel.run();
	});
	window.addEventListener('popstate', () => {
		restore();
		panel.run();
	});

	restore();
	panel.run();
}

if (form) setUp(form);
