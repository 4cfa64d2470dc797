/**
 * Directory filters without reload: ticks narrow the rendered list (OR within a group, AND
 * across groups), the state lives in the address, and the count is announced in words. The
 * groups come from src/lib/facets.ts, the words from the page (data-words on the count).
 */
import { plural, type Plural } from '../i18n/format';
import { filtersFromQuery, matchesFilters, queryFromFilters, type Filters } from '../lib/directory-filters';
import { FACET_GROUPS, FACET_GROUP_IDS } from '../lib/facets';
import type { EntryFacets } from '../lib/directory-filters';

const form = document.querySelector<HTMLFormElement>('[data-directory-filters]');
const count = document.querySelector<HTMLElement>('[data-directory-count]');
const empty = document.querySelector<HTMLElement>('[data-directory-empty]');
const entries = [...document.querySelectorAll<HTMLElement>('[data-directory-entry]')];
const groups = [...document.querySelectorAll<HTMLElement>('[data-directory-group]')];

interface CountWords {
	intl: string;
	count: Plural;
	matching: Plural;
}

/** An entry's facet values, from the data attributes its card carries (one per facet group). */
function facetsOf(el: HTMLElement): EntryFacets {
	return Object.fromEntries(
		FACET_GROUP_IDS.map((id) => [id, (el.getAttribute(`data-${id}`) ?? '').split(' ').filter(Boolean)])
	) as unknown as EntryFacets;
}

function readForm(from: HTMLFormElement): Filters {
	const filters: Filters = {};
	for (const { id } of FACET_GROUPS) {
		const values = [...from.querySelectorAll<HTMLInputElement>(`input[name="${id}"]:checked`)].map(
			(i) => i.value
		);
		if (values.length) filters[id] = values;
	}
	return filters;
}

function writeForm(into: HTMLFormElement, filters: Filters) {
	for (const input of into.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
		input.checked = (filters[input.name as keyof Filters] ?? []).includes(input.value);
	}
}

function setUp(form: HTMLFormElement, count: HTMLElement, empty: HTMLElement) {
	const words = JSON.parse(count.dataset.words ?? '{}') as CountWords;

	const apply = (filters: Filters) => {
		let shown = 0;
		for (const entry of entries) {
			const match = matchesFilters(facetsOf(entry), filters);
			entry.hidden = !match;
			if (match) shown++;
		}
		for (const group of groups) group.hidden = !group.querySelector('[data-directory-entry]:not([hidden])');
		const filtered = Object.keys(filters).length > 0;
		count.textContent = plural(words.intl, filtered ? words.matching : words.count, shown);
		empty.hidden = shown > 0;
	};

	const update = () => {
		const filters = readForm(form);
		const url = `${location.pathname}${queryFromFilters(filters)}${location.hash}`;
		if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
		apply(filters);
	};

	const restore = () => {
		const filters = filtersFromQuery(new URLSearchParams(location.search));
		writeForm(form, filters);
		apply(filters);
	};

	// The guided finder: one answer per question sets that group's filter (an empty answer means any).
	const finder = document.querySelector<HTMLFormElement>('[data-guided-finder] form');
	finder?.addEventListener('submit', (event) => {
		event.preventDefault();
		const data = new FormData(finder);
		const filters: Filters = {};
		for (const { id } of FACET_GROUPS) {
			const value = String(data.get(id) ?? '');
			if (value) filters[id] = [value];
		}
		writeForm(form, filters);
		update();
		count.focus();
	});

	count.tabIndex = -1;
	form.addEventListener('change', update);
	form.querySelector('[data-clear-filters]')?.addEventListener('click', () => {
		writeForm(form, {});
		update();
	});
	window.addEventListener('popstate', restore);
	restore();
}

if (form && count && empty) setUp(form, count, empty);
