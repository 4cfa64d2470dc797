/**
 * Directory filters without reload: ticks narrow the rendered list (OR within a group, AND
 * across groups), the state lives in the address, and the count is announced in words.
 */
import {
	countInWords,
	FACET_KEYS,
	filtersFromQuery,
	matchesFilters,
	queryFromFilters,
	type EntryFacets,
	type Filters,
} from '../lib/directory-filters';

const form = document.querySelector<HTMLFormElement>('#directory-filters');
const count = document.querySelector<HTMLElement>('#directory-count');
const empty = document.querySelector<HTMLElement>('#directory-empty');
const entries = [...document.querySelectorAll<HTMLElement>('[data-directory-entry]')];
const groups = [...document.querySelectorAll<HTMLElement>('[data-directory-group]')];

function facetsOf(el: HTMLElement): EntryFacets {
	const read = (key: string) => (el.dataset[key] ?? '').split(' ');
	return {
		audience: read('audience'),
		format: read('format'),
		cost: read('cost'),
		approach: read('approach'),
	};
}

function readForm(): Filters {
	const filters: Filters = {};
	for (const key of FACET_KEYS) {
		const values = [...form!.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map(
			(i) => i.value
		);
		if (values.length) filters[key] = values;
	}
	return filters;
}

function writeForm(filters: Filters) {
	for (const input of form!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
		input.checked = (filters[input.name as keyof Filters] ?? []).includes(input.value);
	}
}

function apply(filters: Filters) {
	let shown = 0;
	for (const entry of entries) {
		const match = matchesFilters(facetsOf(entry), filters);
		entry.hidden = !match;
		if (match) shown++;
	}
	for (const group of groups) group.hidden = !group.querySelector('[data-directory-entry]:not([hidden])');
	count!.textContent = `${countInWords(shown, 'support type', 'support types')}${
		Object.keys(filters).length ? ' match your choices' : ''
	}`;
	empty!.hidden = shown > 0;
}

function update() {
	const filters = readForm();
	const url = `${location.pathname}${queryFromFilters(filters)}${location.hash}`;
	if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
	apply(filters);
}

function restore() {
	const filters = filtersFromQuery(new URLSearchParams(location.search));
	writeForm(filters);
	apply(filters);
}

function setUpFinder() {
	const finder = document.querySelector<HTMLDetailsElement>('#guided-finder');
	const finderForm = document.querySelector<HTMLFormElement>('#guided-finder-form');
	if (!finder || !finderForm) return;
	finderForm.addEventListener('submit', (event) => {
		event.preventDefault();
		const data = new FormData(finderForm);
		const filters: Filters = {};
		for (const key of ['audience', 'format', 'approach'] as const) {
			const value = String(data.get(`finder-${key}`) ?? '');
			if (value) filters[key] = [value];
		}
		writeForm(filters);
		update();
		count!.focus();
	});
}

if (form && count && empty) {
	count.tabIndex = -1;
	form.addEventListener('change', update);
	document.querySelector('#clear-filters')?.addEventListener('click', () => {
		writeForm({});
		update();
	});
	window.addEventListener('popstate', restore);
	setUpFinder();
	restore();
}
