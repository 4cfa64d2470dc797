/**
 * The full search page: query and filters live in the address (?q=...&type=Article), so
 * reload, back and shared links restore them. Typing replaces the history entry; changing a
 * filter adds one.
 */
import { isCrisisQuery } from '../../lib/crisis-terms';
import { SEARCH_FILTER_KEYS } from '../../lib/search-filters';
import { crisisCard, unavailableMessage } from './crisis-card';
import { loadPagefind, search, type Found, type SearchFilters } from './engine';
import { resultItem, summaryText } from './render';

const base = document.documentElement.dataset.base ?? '/';
/** Results shown at first and added by each "Show more results". */
const PAGE_SIZE = 10;
const form = document.querySelector<HTMLFormElement>('#search-page');

if (form) {
	const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
	const status = form.querySelector<HTMLElement>('[data-search-status]')!;
	const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
	const crisis = crisisCard();
	const failed = unavailableMessage(base);
	status.before(crisis);
	status.parentElement!.after(failed);
	const moreButton = form.querySelector<HTMLButtonElement>('[data-search-more]')!;
	let latest = 0;
	let current: Found | null = null;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const readFilters = (): SearchFilters =>
		Object.fromEntries(
			SEARCH_FILTER_KEYS.map((key) => [
				key,
				[...form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map((i) => i.value),
			]).filter(([, values]) => values.length > 0)
		);

	const address = () => {
		const params = new URLSearchParams();
		if (input.value.trim()) params.set('q', input.value.trim());
		for (const [key, values] of Object.entries(readFilters())) for (const v of values) params.append(key, v);
		const query = params.toString();
		return `${location.pathname}${query ? `?${query}` : ''}`;
	};

	const restore = () => {
		const params = new URLSearchParams(location.search);
		input.value = params.get('q') ?? '';
		for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
			box.checked = params.getAll(box.name).includes(box.value);
		}
	};

	const run = async () => {
		const ticket = ++latest;
		const query = input.value;
		const filters = readFilters();
		crisis.hidden = !isCrisisQuery(query);
		if (!query.trim() && Object.keys(filters).length === 0) {
			list.replaceChildren();
			status.textContent = '';
			moreButton.hidden = true;
			return;
		}
		// The first search loads the index: say so, rather than show nothing.
		if (!current) status.textContent = 'Searching…';
		try {
			const pagefind = await loadPagefind(base);
			const found = await search(pagefind, query, filters, PAGE_SIZE);
			if (!found || ticket !== latest) return;
			current = found;
			failed.hidden = true;
			list.replaceChildren(...found.results.map(resultItem));
			status.textContent = summaryText(found.total, query);
			moreButton.hidden = found.total <= found.results.length;
		} catch {
			if (ticket !== latest) return;
			list.replaceChildren();
			status.textContent = '';
			moreButton.hidden = true;
			failed.hidden = false;
		}
	};

	moreButton.addEventListener('click', async () => {
		if (!current) return;
		const shownBefore = list.children.length;
		const next = await current.more(PAGE_SIZE);
		list.append(...next.map(resultItem));
		moreButton.hidden = list.children.length >= current.total;
		// Keep the reader's place: move focus to the first new result.
		list.children[shownBefore]?.querySelector('a')?.focus();
	});

	input.addEventListener('input', () => {
		crisis.hidden = !isCrisisQuery(input.value);
		history.replaceState(null, '', address());
		clearTimeout(timer);
		timer = setTimeout(run, 150);
	});
	input.addEventListener('focus', () => loadPagefind(base).catch(() => undefined), { once: true });
	form.addEventListener('change', (event) => {
		if ((event.target as HTMLInputElement).type !== 'checkbox') return;
		history.pushState(null, '', address());
		run();
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		run();
	});
	form.querySelector('[data-clear]')!.addEventListener('click', () => {
		for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
		history.pushState(null, '', address());
		run();
	});
	window.addEventListener('popstate', () => {
		restore();
		run();
	});

	restore();
	run();
}
